import { beforeEach, expect } from 'vitest'

// A test that asserts nothing fails, as does one whose only assertions sit in a loop that ran no times.
beforeEach(() => {
  expect.hasAssertions()
})
