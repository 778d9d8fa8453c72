/**
 * The WeChat base library (基础库) the mini-program needs: each capability it uses and the version that brought
 * it, from the API's page on developers.weixin.qq.com. The highest is the minimum: project.config.json's
 * `libVersion` (what DevTools runs) and the 基础库最低版本 the agency sets in the MP admin
 * (docs/deploy-cloudbase.md). test/app/weapp-config.test.ts holds them together.
 */
export const BASE_LIBRARY_NEEDS = [
  { uses: 'wx.cloud (callFunction, uploadFile)', since: '2.2.3' },
  { uses: 'requestSubscribeMessage', since: '2.4.4' },
  { uses: 'aria-role / aria-label on components', since: '2.7.1' },
  { uses: 'canvas type="2d" and canvasToTempFilePath({ canvas })', since: '2.9.0' },
  { uses: 'chooseMedia; Promise returns of chooseMedia / chooseMessageFile', since: '2.10.2' },
  { uses: 'getWindowInfo, getAppBaseInfo (fontSizeScaleFactor)', since: '2.20.1' },
  {
    uses: 'privacy authorisation (official popup, errno 112 / 104, onNeedPrivacyAuthorization)',
    since: '2.32.3',
  },
] as const

const parts = (version: string) => version.split('.').map(Number)
const compare = (a: string, b: string) => {
  const [x, y] = [parts(a), parts(b)]
  for (let i = 0; i < 3; i += 1) if (x[i] !== y[i]) return x[i] - y[i]
  return 0
}

export const MIN_BASE_LIBRARY = BASE_LIBRARY_NEEDS.map((need) => need.since).reduce((highest, version) =>
  compare(version, highest) > 0 ? version : highest,
)
