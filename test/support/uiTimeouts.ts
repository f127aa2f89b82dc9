/*
 * Explicit timeouts for the React component tests, sized for a busy 2-core CI machine: a whole
 * test may take 30 s, and findBy / waitFor wait up to 10 s (Testing Library's default is 1 s).
 * They only bound how long a failing test waits; a passing test finishes as soon as it can.
 */
import { configure } from "@testing-library/react";

jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 10_000 });
