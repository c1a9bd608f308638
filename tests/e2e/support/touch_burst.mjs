// A finger's gesture whose events all reach the page in one task: a drag that no timer of the page can
// come between (on a busy machine, the test's events sent one by one can arrive seconds apart, and a
// finger that has not moved for half a second is a long press). Each step is { type, x, y } in CSS
// pixels of the viewport, type one of 'touchstart', 'touchmove', 'touchend'; the events go to the element
// under the first point, inside shadow roots too, as the browser sends them.
//
//   await touchGestureInOneTask(page, [{ type: 'touchstart', x, y }, { type: 'touchmove', x, y: y - 20 }, ...]);
export async function touchGestureInOneTask(page, steps) {
  await page.evaluate((gesture) => {
    const elementAt = (x, y) => {
      let element = document.elementFromPoint(x, y);
      while (element && element.shadowRoot) {
        const inner = element.shadowRoot.elementFromPoint(x, y);
        if (!inner || inner === element) break;
        element = inner;
      }
      return element;
    };
    const target = elementAt(gesture[0].x, gesture[0].y);
    for (const step of gesture) {
      const touch = new Touch({
        identifier: 1, target, clientX: step.x, clientY: step.y, pageX: step.x + window.scrollX,
        pageY: step.y + window.scrollY, screenX: step.x, screenY: step.y, radiusX: 1, radiusY: 1, force: 1,
      });
      const down = step.type !== 'touchend';
      target.dispatchEvent(new TouchEvent(step.type, {
        touches: down ? [touch] : [], targetTouches: down ? [touch] : [], changedTouches: [touch],
        bubbles: true, cancelable: true, composed: true,
      }));
    }
  }, steps);
}

// A vertical drag from (x, y) by dy CSS pixels in `count` steps, in one task.
export function verticalDrag(x, y, dy, count = 8) {
  const steps = [{ type: 'touchstart', x, y }];
  for (let step = 1; step <= count; step++) steps.push({ type: 'touchmove', x, y: y + (dy * step) / count });
  steps.push({ type: 'touchend', x, y: y + dy });
  return steps;
}
