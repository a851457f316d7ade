/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  transform: {
    // Type checking is done once by `npm run lint` (tsc); transpiling alone keeps the suite fast.
    "^.+\\.tsx?$": ["ts-jest", { isolatedModules: true }],
  },
  testTimeout: 30000,
};
