/** JSON.parse with the shape a test expects spelled out, rather than an unchecked `any`. */
export function parseJson<T>(text: string): T {
  return JSON.parse(text) as T;
}
