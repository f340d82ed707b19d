// kuromoji ships no types (DefinitelyTyped's cover only tokenize(), not the lattice search-readings.ts reads):
// search-readings.ts types the part we use.
declare module 'kuromoji' {
  const kuromoji: unknown;
  export default kuromoji;
}
