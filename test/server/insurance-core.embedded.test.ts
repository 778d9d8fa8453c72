import { insuranceCoreContract } from './insurance-core.contract'
import { tempStore } from './support'

insuranceCoreContract('embedded over SQLite', async () => {
  const store = tempStore()
  return { store, knowInsured: () => {}, close: store.dispose }
})
