import * as state from './state.js';

// One entry for the main and the post step (action.yml names dist/index.js for both, as actions/checkout
// does). The main step saves the flag first thing, so even a main step killed at once leaves a post step
// that knows itself; each step's code is a chunk loaded only by the step that runs it.
if (state.isPost()) void import('./post-step.js').then((post) => post.runPost());
else {
  state.save(state.keys.post, 'true');
  void import('./main.js').then((main) => main.run());
}
