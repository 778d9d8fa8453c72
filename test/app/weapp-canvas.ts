/**
 * The simulator has no canvas: the signature pad's 2d canvas node is a stand-in handed out by the selector
 * query as WeChat does once the canvas is laid out.
 */
const ignore = () => undefined
export const canvasNode = {
  width: 0,
  height: 0,
  getContext: () => ({ scale: ignore, beginPath: ignore, moveTo: ignore, lineTo: ignore, stroke: ignore }),
}

/** `wx.createSelectorQuery` answering the signature canvas with the stand-in node and anything else with null. */
export const canvasSelectorQuery = () => {
  let selector = ''
  const query = {
    select: (wanted: string) => {
      selector = wanted
      return query
    },
    in: () => query,
    fields: () => query,
    exec: (callback: (results: unknown[]) => void) =>
      callback([selector === '#signature-canvas' ? { node: canvasNode, width: 300, height: 150 } : null]),
  }
  return query
}
