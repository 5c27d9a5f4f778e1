/**
 * A lookup table without a prototype: a key read from the input ("constructor", "__proto__",
 * "toString") finds nothing instead of an Object method.
 */
export function dict<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
