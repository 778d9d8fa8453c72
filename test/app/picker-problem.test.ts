// What the mini-program's picker says when WeChat returned no file: a refused privacy popup, an API missing
// from the 用户隐私保护指引, a denied camera or album; a cancel says nothing.
import { pickerProblem } from '../../miniprogram/components/uploader/picker-problem'

test.each([
  [
    'an API the privacy guide does not declare (errno 112)',
    { errno: 112, errMsg: 'chooseMedia:fail api scope is not declared in the privacy agreement' },
    /尚未在微信中声明.*请拨打 12393/,
  ],
  [
    'a refused privacy popup (errno 104)',
    { errno: 104, errMsg: 'chooseMessageFile:fail privacy permission is not authorized' },
    /没有同意微信的隐私授权.*请再点一次.*同意/,
  ],
  [
    'a refused popup without errno',
    { errMsg: 'chooseMedia:fail privacy permission is not authorized' },
    /隐私授权/,
  ],
  ['a denied camera or album', { errMsg: 'chooseMedia:fail auth deny' }, /打开相机和照片权限/],
  ['anything else', { errMsg: 'chooseMedia:fail internal error' }, /没能选择文件，请再试一次/],
])('%s is explained with how to allow it', (_, failure, message) => {
  expect(pickerProblem(failure)).toMatch(message)
})

test('a cancel is not a problem', () => {
  expect(pickerProblem({ errMsg: 'chooseMedia:fail cancel' })).toBeUndefined()
})
