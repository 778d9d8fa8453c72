export default definePageConfig({ navigationBarTitleText: '备案凭证' })
