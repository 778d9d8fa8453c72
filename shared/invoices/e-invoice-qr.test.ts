import { parseEInvoiceQr } from './e-invoice-qr'

const FIELDS = {
  code: '36010121',
  number: '0000000001',
  checkCode: 'a1b2c3',
  issuedOn: '2026-04-10',
  amount: '800.00',
}

test.each([
  [
    'the verification link',
    'https://pjcy.example.gov.cn/check?billcode=36010121&billno=0000000001&random=a1b2c3&total=800.00&date=20260410',
  ],
  [
    'the link with other parameter names',
    'http://x.example/v?einvoiceCode=36010121&einvoiceNumber=0000000001&checkCode=a1b2c3&totalAmount=800.00&issueDate=2026-04-10',
  ],
  ['comma-separated fields', '36010121,0000000001,a1b2c3,20260410,800.00'],
  ['full-width commas and spaces', ' 36010121，0000000001，a1b2c3，2026-04-10，800.00 '],
])('%s gives the invoice fields', (_name, text) => {
  expect(parseEInvoiceQr(text)).toEqual(FIELDS)
})

test('date and amount may be missing; the person types them', () => {
  expect(parseEInvoiceQr('36010121,0000000001,a1b2c3')).toEqual({
    code: '36010121',
    number: '0000000001',
    checkCode: 'a1b2c3',
  })
})

test.each([
  ['a shop link', 'https://shop.example.com/item?id=5'],
  [
    'a VAT invoice code of 12 digits',
    '01,10,044031900111,12345678,100.00,20190101,12345678901234567890,ABCD',
  ],
  ['a short number', '36010121,00001,a1b2c3'],
  ['a broken escape', 'https://x.example/v?billcode=%E0%A4%A&billno=0000000001&random=a1b2c3'],
  ['nothing', ''],
])('%s is not read as an invoice', (_name, text) => {
  expect(parseEInvoiceQr(text)).toBeUndefined()
})
