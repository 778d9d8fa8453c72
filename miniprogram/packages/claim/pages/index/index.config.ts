export default definePageConfig({ navigationBarTitleText: '我的报销', enablePullDownRefresh: true })
