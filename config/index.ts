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

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'yidi-jiuyi',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'miniprogram',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    framework: 'react',
    compiler: 'webpack5',
    // ARIA attributes in the weapp templates (Taro leaves them out): what 读屏 users hear.
    plugins: [path.resolve(__dirname, 'aria-plugin.ts')],
    cache: { enable: false },
    copy: {
      patterns:
        process.env.TARO_ENV === 'weapp'
          ? [{ from: 'miniprogram/sitemap.json', to: 'dist/weapp/sitemap.json' }]
          : [],
      options: {},
    },
    alias: { '@shared': sharedRoot },
    // The CloudBase environment the mini-program calls (test and production are separate environments).
    // The subscription-message templates it asks consent for: the ids the cloud functions send with.
    env: Object.fromEntries(
      [
        'CLOUD_ENV_ID',
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
