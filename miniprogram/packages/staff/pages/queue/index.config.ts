export default definePageConfig({ navigationBarTitleText: '经办审核', enablePullDownRefresh: true })
