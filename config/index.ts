import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'

const sharedRoot = path.resolve(__dirname, '..', 'shared')
/**
 * Packages that ship syntax newer than ES5 (zod 4: optional chaining, ES2020). WeChat runs the mini-program
 * in the phone's own engine (JavaScriptCore on iOS) and does not transpile at upload (project.config.json
 * `es6: false`), so Babel takes them down to the browserslist targets like our own code.
 * test/app/weapp-es-level.test.ts fails on any shipped file that is not ES5.
 */
const modernPackages = ['zod'].map((name) => path.dirname(require.resolve(`${name}/package.json`)))

/**
 * API_BASE_URL points the mini-program at a self-hosted server instead of CloudBase. WeChat lets a mini-program
 * reach only HTTPS origins listed under 服务器域名, with no path, port or trailing slash to go wrong.
 */
const apiBaseUrl = process.env.API_BASE_URL ?? ''
if (apiBaseUrl && !/^https:\/\/[a-z0-9.-]+$/i.test(apiBaseUrl))
  throw new Error(
    `API_BASE_URL must be an https origin such as https://yibao.example.gov.cn, not ${apiBaseUrl}`,
  )

/** OUTPUT_ROOT: a second build beside dist/<platform> (the tests' self-hosted weapp build). */
const outputRoot = process.env.OUTPUT_ROOT || `dist/${process.env.TARO_ENV}`

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'yidi-jiuyi',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'miniprogram',
    outputRoot,
    framework: 'react',
    compiler: 'webpack5',
    // ARIA attributes in the weapp templates (Taro leaves them out): what 读屏 users hear.
    plugins: [path.resolve(__dirname, 'aria-plugin.ts')],
    cache: { enable: false },
    copy: {
      patterns:
        process.env.TARO_ENV === 'weapp'
          ? [{ from: 'miniprogram/sitemap.json', to: `${outputRoot}/sitemap.json` }]
          : [],
      options: {},
    },
    alias: { '@shared': sharedRoot },
    // The CloudBase environment the mini-program calls (test and production are separate environments), or the
    // self-hosted server it calls instead. The subscription-message templates it asks consent for: the ids the
    // cloud functions send with.
    env: Object.fromEntries(
      [
        'CLOUD_ENV_ID',
        'API_BASE_URL',
        'TEMPLATE_FILING_STATUS',
        'TEMPLATE_SUPPLEMENT_DEADLINE',
        'TEMPLATE_CLAIM_STATUS',
        'TEMPLATE_FAQ_ANSWER',
      ].map((name) => [name, JSON.stringify(process.env[name] ?? '')]),
    ),
    // Taro escapes every non-ASCII character by default, tripling the size of Chinese text (FAQ corpus,
    // policy notices); the mini-program runtime and the H5 page (charset utf-8) read UTF-8 sources.
    terser: { enable: true, config: { output: { ascii_only: false } } },
    mini: {
      // Taro transpiles only sourceRoot unless told otherwise; the policy core lives outside it.
      compile: { include: [sharedRoot, ...modernPackages] },
      postcss: { pxtransform: { enable: true, config: {} } },
      // Components' stylesheets are scoped by class: the order pages happen to import them in does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
    },
    h5: {
      publicPath: './',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: [sharedRoot] },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: { autoprefixer: { enable: true, config: {} } },
    },
  }
  return merge({}, baseConfig, process.env.NODE_ENV === 'development' ? devConfig : prodConfig)
})
