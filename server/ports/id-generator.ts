export interface IdGenerator {
  /** A new, unguessable id with a readable prefix ('fl', 'cl', 'nt'). */
  next(prefix: string): string
}
