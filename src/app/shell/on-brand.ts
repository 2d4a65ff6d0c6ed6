/**
 * A control on the top bar's brand colour: its words in the on-brand colour, and the brand's hover
 * and pressed shades behind it (the theme toggle, the top bar's commands, the account).
 */
import { tokens, type GriffelStyle } from '@fluentui/react-components';

export const onBrandControl: GriffelStyle = {
  color: tokens.colorNeutralForegroundOnBrand,
  ':hover': {
    color: tokens.colorNeutralForegroundOnBrand,
    backgroundColor: tokens.colorBrandBackgroundHover,
  },
  ':hover:active': {
    color: tokens.colorNeutralForegroundOnBrand,
    backgroundColor: tokens.colorBrandBackgroundPressed,
  },
};
