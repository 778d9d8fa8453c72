export default definePageConfig({ navigationBarTitleText: '申请手工报销' })
