import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The browser specs first (10 s to two minutes each, where most others take seconds), then the rest in
 * vitest's own order: a long spec started last would leave the other worker idle until it ends.
 */
export class BrowserSpecsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const inBrowser = (file: TestSpecification) => /[\\/]tests[\\/]browser[\\/]/.test(file.moduleId);
    return [...sorted.filter(inBrowser), ...sorted.filter((file) => !inBrowser(file))];
  }
}
