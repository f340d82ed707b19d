// `jsonld` ships no types (DefinitelyTyped's predate safe mode); jsonld-offline.ts types the part we use.
declare module 'jsonld' {
  const jsonld: unknown;
  export default jsonld;
}
