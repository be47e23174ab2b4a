// Type-level SID validator and `sid()`: built in the type-level checker issue.
export {};
