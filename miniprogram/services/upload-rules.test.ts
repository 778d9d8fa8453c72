import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE, UPLOAD_TYPE_NOT_ALLOWED } from '@shared/policy/uploads'
import { claimedType, isCompressible, refusalOf, sizeText } from './upload-rules'

describe('the type a picked file claims', () => {
  test.each([
    ['photo.jpg', 'image/jpeg', 'image/jpeg'],
    ['scan', 'application/pdf', 'application/pdf'],
    ['IMG_0001.HEIC', '', 'image/heic'],
    ['IMG_0002.heif', '', 'image/heic'],
    ['from-iphone', 'image/heif', 'image/heic'],
    ['证明.JPEG', '', 'image/jpeg'],
    ['invoice.PDF', 'application/octet-stream', 'application/pdf'],
  ])('%s (%s) is %s', (name, type, claimed) => {
    expect(claimedType(name, type)).toBe(claimed)
  })

  test.each([
    ['notes.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['movie.mp4', 'video/mp4'],
    ['noextension', ''],
  ])('%s is none of the allowed types', (name, type) => {
    expect(claimedType(name, type)).toBeUndefined()
  })
})

describe('the refusal the server would give, before anything is sent', () => {
  test('a type the server refuses', () => {
    expect(refusalOf('notes.docx', '', 1000)).toBe(UPLOAD_TYPE_NOT_ALLOWED)
  })

  test('one byte over the limit is refused, the limit itself is not', () => {
    expect(refusalOf('a.jpg', 'image/jpeg', MAX_UPLOAD_BYTES + 1)).toBe(UPLOAD_TOO_LARGE)
    expect(refusalOf('a.jpg', 'image/jpeg', MAX_UPLOAD_BYTES)).toBeUndefined()
  })

  test('an empty file', () => {
    expect(refusalOf('a.jpg', 'image/jpeg', 0)).toBe('文件是空的，请重新选择')
  })
})

test('only JPEG and PNG photos are made smaller on the phone (HEIC and PDF travel as they are)', () => {
  expect(['image/jpeg', 'image/png', 'image/heic', 'application/pdf'].filter(isCompressible)).toEqual([
    'image/jpeg',
    'image/png',
  ])
})

test.each([
  [1, '1 KB'],
  [300 * 1024, '300 KB'],
  [1024 * 1024, '1.0 MB'],
  [2.25 * 1024 * 1024, '2.3 MB'],
])('%d bytes read as %s', (bytes, text) => {
  expect(sizeText(bytes)).toBe(text)
})
