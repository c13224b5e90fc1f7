#pragma once

namespace tiergate {

/// Registers the core library's compiled-in resources (model catalog, ...). Safe to call more
/// than once; the composition root and tests call it before reading `:/tiergate/...` files.
void initCoreResources();

} // namespace tiergate
