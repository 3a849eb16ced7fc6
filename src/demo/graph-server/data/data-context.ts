import type { DirectoryIndex } from './directory-index';
import type { SignInStore } from '../signins/signin-store';

/** Everything a request handler reads: the directory index and the (interactive) sign-in store. */
export interface DataContext {
  readonly index: DirectoryIndex;
  readonly signIns: SignInStore;
}
