/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  transform: {
    // tsconfig's isolatedModules makes ts-jest transpile only; `npm run lint` type-checks once.
    "^.+\\.tsx?$": "ts-jest",
  },
  testTimeout: 30000,
};
