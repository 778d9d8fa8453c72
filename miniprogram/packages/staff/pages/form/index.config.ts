export default definePageConfig({ navigationBarTitleText: '异地备案表' })
