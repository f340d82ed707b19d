// `jsonld` ships no types (DefinitelyTyped's predate safe mode): emit/rdf.ts and test/jsonld-offline.ts type the part they use.
declare module 'jsonld' {
  const jsonld: unknown;
  export default jsonld;
}
