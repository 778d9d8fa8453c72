/** On the web: the signature as a plain image with its text alternative (Taro's Image hides it from 读屏). */
export default function SignatureImage({ src, label }: { src: string; label: string }) {
  return <img className="trauma__signature" src={src} alt={label} />
}
