export default definePageConfig({ navigationBarTitleText: '外伤无第三方责任承诺书' })
