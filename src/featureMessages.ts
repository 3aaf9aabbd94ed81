// The English messages of the feature sections, split from i18n/en.json at build time
// (scripts/vite-messages.ts). Importing this module adds them; see loadFeatureMessages in i18n.ts.
import features from 'virtual:kooste-messages/en-features'
import { addEnglishMessages } from './i18n'

addEnglishMessages(features)
