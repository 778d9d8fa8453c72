export default definePageConfig({ navigationBarTitleText: '查定点医院' })
