export { maskIdNumber } from './identity/id-number'
