/**
 * The one place app code asks which platform it runs on: cloud functions and uploads go through
 * `Taro.cloud` in the mini-program and over HTTP in H5. Taro replaces TARO_ENV at build time.
 */
export const isWeapp = process.env.TARO_ENV === 'weapp'
