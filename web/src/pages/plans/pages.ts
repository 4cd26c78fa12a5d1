export { ModerationPage } from './ModerationPage';
export { MyPlanPage } from './MyPlanPage';
export { PlanEditPage } from './PlanEditPage';
export { PlansPage } from './PlansPage';
