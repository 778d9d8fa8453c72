/*
 * Package plan (WeChat caps the main package at 2 MB; we hold it to 1 MB):
 * - main package, under pages/: home, filing (备案), my filings (我的备案), FAQ (政策问答) —
 *   the journeys an insured person starts from the home page.
 * - subPackages, added with their first page (Taro fails on a subpackage with no pages):
 *     { root: 'packages/claim', pages: [...] }  手工报销: checklist, estimate, form, uploads, timeline
 *     { root: 'packages/staff', pages: [...] }  经办: review queues, claim review, printable filing form
 */
export default defineAppConfig({
  pages: ['pages/index/index', 'pages/faq/index'],
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f2f4f7',
    navigationBarBackgroundColor: '#0b4f9c',
    navigationBarTitleText: '异地就医',
    navigationBarTextStyle: 'white',
  },
})
