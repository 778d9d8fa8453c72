import type { AppError } from '@shared/result'
import { useDidShow } from '@tarojs/taro'
import PageState from '../../components/page-state'
import { useCall } from '../../hooks/use-call'
import { goHome } from '../../services/navigate'

/** What a non-staff caller sees on every staff page; the server refused them anyway (FORBIDDEN). */
export default function StaffOnly() {
  return (
    <PageState
      kind="empty"
      text="仅限医保经办人员使用。您的账号没有经办权限。"
      action={{ label: '返回首页', onTap: goHome }}
    />
  )
}

export const isForbidden = (error: AppError) => error.code === 'FORBIDDEN'

/** Whether the caller has the staff role, asked once per page show (the server checks again on every call). */
export const useStaffRole = () => {
  const { state, run } = useCall('account.whoami')
  useDidShow(() => void run({}))
  const role: 'checking' | 'staff' | 'not_staff' | AppError =
    state.status === 'done'
      ? state.data.staff
        ? 'staff'
        : 'not_staff'
      : state.status === 'error'
        ? state.error
        : 'checking'
  return { role, retry: () => void run({}) }
}
