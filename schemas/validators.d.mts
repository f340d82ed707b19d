// Types of the generated schemas/validators.mjs (ajv standalone code; see pipeline/validate/standalone.ts).
export interface ValidatorError {
  instancePath: string;
  message?: string;
}
export interface Validator {
  (data: unknown): boolean;
  errors?: ValidatorError[] | null;
}
/** Published JSON file stem → its validator. */
export declare const validators: Record<string, Validator>;
