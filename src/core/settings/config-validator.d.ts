/** One way a value breaks the schema, as Ajv reports it. */
export interface ValidationError {
  instancePath: string
  keyword: string
  params: Record<string, unknown>
  message?: string
}

/** The config schema's validator, compiled at build time (see scripts/config-validator.mjs). */
export declare const validate: ((data: unknown) => boolean) & { errors?: ValidationError[] | null }
export default validate
