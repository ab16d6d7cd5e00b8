#pragma once
// The one mapping from StoreStatus to Redis 7.0's exact error reply text.
#include "net/reply_buffer.h"
#include "store/store_status.h"

#include <string_view>

namespace rd {

// The reply text as ReplyBuffer::error takes it ("-WRONGTYPE ..." or "value is not ...").
std::string_view statusErrorText(StoreStatus status);
void replyStatusError(ReplyBuffer &reply, StoreStatus status);

} // namespace rd
