export default definePageConfig({
  navigationBarTitleText: '异地就医',
  // H5: home's own heading says 异地就医, and there is nowhere back to go from it.
  ...(process.env.TARO_ENV === 'h5' ? { navigationStyle: 'custom' as const } : {}),
})
