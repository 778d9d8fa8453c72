/** Citations by notice, so corpus rows stay short and match the rule tables' `source()` values. */
import { source } from '../../policy/sources'

export const national = (clause: string) => source('national-2022', clause)
export const jilin = (clause: string) => source('jilin-2018', clause)
export const jining = (clause: string) => source('jining-2023', clause)
export const ganzhou = (clause: string) => source('ganzhou-2019', clause)
export const guangdong = (clause: string) => source('guangdong-2015', clause)
export const hrss = (clause: string) => source('hrss-2014', clause)
export const hubei = (clause: string) => source('hubei-2022', clause)
/** The product's own service rules (how this program works), not a notice. */
export const service = (clause: string) => source('service', clause)
/** Numbers no notice gives: the deploying agency configures its published values. */
export const example = (clause: string) => source('example', clause)
