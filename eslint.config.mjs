import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

const eslintConfig = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: ['.next/**', 'node_modules/**', '.data/**', 'app/(payload)/**', 'payload-types.ts', 'migrations/**', 'test-results/**', 'playwright-report/**', '.test-results/**'],
  },
]

export default eslintConfig
