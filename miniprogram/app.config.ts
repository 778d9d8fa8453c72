/*
 * Package plan (WeChat caps the main package at 2 MB; we hold it to 1 MB):
 * - main package, under pages/: home, filing (备案), my filings (我的备案) — what the first screen needs.
 * - subPackages, added with their first page (Taro fails on a subpackage with no pages):
 *     packages/faq    政策问答: the corpus and search run on the phone; preloaded from home at launch, so
 *                     it works offline afterwards without weighing on the main package
 *     packages/claim  手工报销: checklist, estimate, form, uploads, timeline
 *     packages/staff  经办: review queues, claim review, printable filing form
 *     packages/commitment  承诺书 kept on the phone: 外伤无第三方责任承诺书 (济宁 五(二))
 *     packages/identity  实名认证: the face check that binds the account to one insured person; 家庭成员
 *                     (亲情账户): inviting a family member to file for one, accepting an invitation, ending either
 *     packages/hospitals  查定点医院: the designated-hospital directory
 */
export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/filing/index',
    'pages/filings/index',
    'pages/filings/detail/index',
    'pages/messages/index',
    'pages/filings/certificate/index',
  ],
  subPackages: [
    { root: 'packages/faq', pages: ['pages/index'] },
    { root: 'packages/privacy', pages: ['pages/index', 'pages/my-data/index'] },
    // The development sign-in (who you are in the local runtime) never ships to WeChat, where the OPENID is.
    ...(process.env.TARO_ENV === 'h5' ? [{ root: 'packages/dev', pages: ['pages/sign-in/index'] }] : []),
    { root: 'packages/claim', pages: ['pages/index/index', 'pages/new/index', 'pages/detail/index'] },
    { root: 'packages/staff', pages: ['pages/queue/index', 'pages/review/index', 'pages/form/index'] },
    { root: 'packages/commitment', pages: ['pages/trauma/index'] },
    {
      root: 'packages/identity',
      pages: ['pages/verify/index', 'pages/family/index', 'pages/invite/index', 'pages/accept/index'],
    },
    { root: 'packages/hospitals', pages: ['pages/index'] },
  ],
  // Copied into dist/weapp by config/index.ts: only home and 政策问答 are offered to WeChat search.
  sitemapLocation: 'sitemap.json',
  preloadRule: { 'pages/index/index': { network: 'all', packages: ['packages/faq'] } },
  // H5 only. Taro's sliding page transition shades the page left behind on a timer that a quick back does not
  // cancel: home came back blank after a tap on 政策问答 and an immediate back. Pages switch without sliding.
  ...(process.env.TARO_ENV === 'h5' ? { animation: false } : {}),
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f2f4f7',
    navigationBarBackgroundColor: '#0b4f9c',
    navigationBarTitleText: '异地就医',
    navigationBarTextStyle: 'white',
    // WeChat draws its own bar; Taro's H5 one (title, 返回) is shown only when asked for by name.
    ...(process.env.TARO_ENV === 'h5' ? { navigationStyle: 'default' as const } : {}),
  },
})
