export default definePageConfig({ navigationBarTitleText: '报销详情' })
