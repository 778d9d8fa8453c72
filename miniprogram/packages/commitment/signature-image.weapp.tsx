import { Image } from '@tarojs/components'

/** In the mini-program: the kept signature, read out by its label. */
export default function SignatureImage({ src, label }: { src: string; label: string }) {
  return <Image className="trauma__signature" src={src} mode="aspectFit" ariaLabel={label} />
}
