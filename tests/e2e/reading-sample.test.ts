// The article page read in Chromium, on the sample: a long machine translation with 159 annotations, overlapping ones
// among them, and figures whose data tables open as <details>.
import { PROJECT_ROOT } from '../helpers/build.ts';
import { addressTests } from './reading/addresses.ts';
import { axeTests } from './reading/axe.ts';
import { useReading } from './reading/context.ts';
import { controlsTests } from './reading/controls.ts';
import { keyboardTests } from './reading/keyboard.ts';
import { overlapTests } from './reading/overlaps.ts';
import { paperTests } from './reading/paper.ts';
import { stabilityTests } from './reading/stability.ts';
import { weightTests } from './reading/weight.ts';

const reading = useReading({ content: PROJECT_ROOT, article: 'articles/north-korean-troops-kursk/' });

keyboardTests(reading);
stabilityTests(reading);
overlapTests(reading);
controlsTests(reading);
addressTests(reading);
paperTests(reading);
weightTests(reading);
// Every state of the page (a note, a choice, the controls open) goes through axe on the fixture; here the long page as loaded.
axeTests(reading, { everyState: false });
