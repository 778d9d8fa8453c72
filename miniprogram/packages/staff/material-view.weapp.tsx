import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Tap from '../../components/tap'

const isPdf = (fileID: string) => /\.pdf$/i.test(fileID)

/** One uploaded document in the mini-program: the cloud fileID shows as an image, or opens as a document. */
export default function MaterialView({
  fileID,
  label,
  position,
}: {
  fileID: string
  label: string
  position: number
}) {
  const openPdf = () =>
    Taro.cloud
      .downloadFile({ fileID })
      .then(({ tempFilePath }) => Taro.openDocument({ filePath: tempFilePath, fileType: 'pdf' }))
      .catch(() => Taro.showToast({ title: '打开失败，请重试', icon: 'none' }))
  return (
    <View className="material-view">
      <Text className="material-view__label">
        {position}. {label}
      </Text>
      {isPdf(fileID) ? (
        <Tap kind="secondary" label={`打开第 ${position} 份 PDF`} onTap={() => void openPdf()}>
          打开 PDF
        </Tap>
      ) : (
        <Image
          className="material-view__image"
          src={fileID}
          mode="widthFix"
          ariaLabel={`第 ${position} 份：${label}`}
          onClick={() => void Taro.previewImage({ urls: [fileID] })}
        />
      )}
    </View>
  )
}
