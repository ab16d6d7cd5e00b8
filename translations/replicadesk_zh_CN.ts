<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/ui/about_dialog.cpp" line="+13" />
        <source>About ReplicaDesk</source>
        <translation>关于 ReplicaDesk</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&lt;h2&gt;ReplicaDesk %1&lt;/h2&gt;&lt;p&gt;A desktop lab and monitor for Redis master-replica replication.&lt;/p&gt;&lt;p&gt;Spin up a local master with replicas, or connect to remote Redis servers, and watch the topology, each replica's sync state machine, replication lag, and whether the keys agree across nodes.&lt;/p&gt;&lt;p&gt;Embedded node: replicadesk-node, compatible with Redis %2 on the wire.&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ReplicaDesk %1&lt;/h2&gt;&lt;p&gt;Redis 主从复制的桌面实验室与监控工具。&lt;/p&gt;&lt;p&gt;一键启动本地的主服务器和从服务器，或连接远程 Redis 服务器，观察复制拓扑、每个从服务器的同步状态机、复制延迟，以及各节点上的键是否一致。&lt;/p&gt;&lt;p&gt;内置节点：replicadesk-node，在协议层与 Redis %2 兼容。&lt;/p&gt;&lt;p&gt;基于 Qt %3 构建。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AddKeyDialog</name>
    <message>
        <location filename="../app/ui/keys/add_key_dialog.cpp" line="+18" />
        <source>Add key to db%1</source>
        <translation>向 db%1 添加键</translation>
    </message>
    <message>
        <location line="+12" />
        <source>no expiry</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <location line="+1" />
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Key:</source>
        <translation>键：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Value:</source>
        <translation>值：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>TTL:</source>
        <translation>TTL：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bytes that are not text can be typed as \xHH.</source>
        <translation>非文本字节可写作 \xHH。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Field:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Score:</source>
        <translation>分值：</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Give a key name; a \x escape needs two hex digits.</source>
        <translation>请输入键名；\x 转义需要两位十六进制数字。</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <location filename="../app/ui/app_options.cpp" line="+12" />
        <source>ReplicaDesk: see Redis master-replica replication at work.</source>
        <translation>ReplicaDesk：观察 Redis 主从复制的运行过程。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Print the version and exit.</source>
        <translation>显示版本号并退出。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>User interface language (en, zh_CN).</source>
        <translation>界面语言（en、zh_CN）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Appearance: light, dark or system (follow the desktop).</source>
        <translation>外观：light（浅色）、dark（深色）或 system（跟随桌面）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Monitor a server: redis://[user:password@]host:port[/db]. Repeatable.</source>
        <translation>监控一台服务器：redis://[用户:密码@]主机:端口[/库号]。可重复指定。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Start a local lab: seed, star:N (master + N replicas) or chain:N (N nodes in a chain).</source>
        <translation>启动本地实验室：seed、star:N（一个主服务器加 N 个从服务器）或 chain:N（N 个节点组成的链式复制）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Folder for the lab's configs, data and logs.</source>
        <translation>存放实验室配置、数据和日志的目录。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Run the lab without a window; print one line per node and stop all nodes on SIGINT/SIGTERM.</source>
        <translation>不打开窗口运行实验室；每个节点输出一行，收到 SIGINT/SIGTERM 时停止所有节点。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Save a screenshot of the main window to a PNG file, then quit.</source>
        <translation>将主窗口截图保存为 PNG 文件后退出。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Milliseconds to wait before --grab.</source>
        <translation>执行 --grab 之前等待的毫秒数。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Unknown theme "%1" (use light, dark or system).</source>
        <translation>未知的主题“%1”（可用 light、dark 或 system）。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>--grab-delay needs a number of milliseconds</source>
        <translation>--grab-delay 需要一个毫秒数</translation>
    </message>
    <message>
        <location line="+3" />
        <source>--headless needs --lab seed|star:N|chain:N</source>
        <translation>--headless 需要同时指定 --lab seed|star:N|chain:N</translation>
    </message>
</context>
<context>
    <name>ApplyConfigDialog</name>
    <message>
        <location filename="../app/ui/config/apply_config_dialog.cpp" line="+19" />
        <source>Apply a setting to several nodes</source>
        <translation>将设置应用到多个节点</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Apply (CONFIG SET)</source>
        <translation>应用 (CONFIG SET)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Directive:</source>
        <translation>配置项：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Value:</source>
        <translation>值：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nodes:</source>
        <translation>节点：</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Applying…</source>
        <translation>正在应用…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: %2 is now %3</source>
        <translation>%1：%2 已设为 %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: refused — %2</source>
        <translation>%1：被拒绝 — %2</translation>
    </message>
</context>
<context>
    <name>BulkDeleteDialog</name>
    <message>
        <location filename="../app/ui/keys/bulk_delete_dialog.cpp" line="+16" />
        <source>Delete keys by pattern (db%1)</source>
        <translation>按模式删除键 (db%1)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Count the matching keys first.</source>
        <translation>请先统计匹配的键。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Count matches</source>
        <translation>统计匹配数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete them</source>
        <translation>删除这些键</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Pattern (SCAN MATCH glob):</source>
        <translation>模式（SCAN MATCH 通配符）：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Some of them:</source>
        <translation>部分匹配的键：</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Delete every key matching "%1" (about %L2 keys)? This cannot be undone.</source>
        <translation>删除所有匹配“%1”的键（约 %L2 个）？此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Counting… %L1 so far</source>
        <translation>正在统计… 已找到 %L1 个</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%L1 keys match.</source>
        <translation>共 %L1 个键匹配。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Deleting… %L1 deleted</source>
        <translation>正在删除… 已删除 %L1 个</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Done: %L1 keys deleted.</source>
        <translation>完成：已删除 %L1 个键。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancelled (%L1 deleted).</source>
        <translation>已取消（已删除 %L1 个）。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ClientError</name>
    <message>
        <location filename="../app/client/client_error.cpp" line="+22" />
        <source>No error</source>
        <translation>无错误</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Host not found</source>
        <translation>找不到主机</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No route to host</source>
        <translation>没有到主机的路由</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <location line="+2" />
        <source>TLS failure</source>
        <translation>TLS 失败</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connection lost</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Authentication required</source>
        <translation>需要认证</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Authentication failed</source>
        <translation>认证失败</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rejected by server</source>
        <translation>被服务器拒绝</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Protocol error</source>
        <translation>协议错误</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connection closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Connection to %1 was refused: no server listens on that address and port. Check that the server runs, and that its 'bind' setting includes an address reachable from here (a server bound to 127.0.0.1 refuses remote clients).</source>
        <translation>连接 %1 被拒绝：该地址和端口上没有服务器在监听。请确认服务器正在运行，并且其 bind 设置包含一个从这里可以访问的地址（绑定在 127.0.0.1 上的服务器会拒绝远程客户端）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The host name in %1 could not be resolved.</source>
        <translation>无法解析 %1 中的主机名。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No route to host %1: the network path is blocked. A firewall on the server (or between) usually rejects the port; open it (e.g. firewall-cmd --add-port=6379/tcp) or check the routing.</source>
        <translation>没有到主机 %1 的路由：网络路径被阻断。通常是服务器上（或中间）的防火墙拒绝了该端口；请放行该端口（例如 firewall-cmd --add-port=6379/tcp）或检查路由。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 did not answer in time. The host may be down, or a firewall silently drops the packets.</source>
        <translation>%1 没有及时应答。主机可能已宕机，或者防火墙静默丢弃了数据包。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The TLS handshake with %1 failed. Check the CA certificate, the client certificate and key, and that the server has TLS enabled on this port.</source>
        <translation>与 %1 的 TLS 握手失败。请检查 CA 证书、客户端证书和私钥，并确认服务器在此端口上启用了 TLS。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The connection to %1 was lost.</source>
        <translation>与 %1 的连接已断开。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 requires a password (requirepass or ACL). Enter it in the connection settings.</source>
        <translation>%1 需要密码（requirepass 或 ACL）。请在连接设置中填写密码。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 rejected the user name or password.</source>
        <translation>%1 拒绝了用户名或密码。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 rejected the authentication.</source>
        <translation>%1 拒绝了认证。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 refused the session.</source>
        <translation>%1 拒绝了会话。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 does not speak the Redis protocol.</source>
        <translation>%1 使用的不是 Redis 协议。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The connection to %1 was closed.</source>
        <translation>与 %1 的连接已关闭。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
</context>
<context>
    <name>ClientListView</name>
    <message>
        <location filename="../app/ui/dashboard/client_list_view.cpp" line="+34" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Age (s)</source>
        <translation>连接时长（秒）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Idle (s)</source>
        <translation>空闲（秒）</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <location line="+0" />
        <source>DB</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last command</source>
        <translation>最近命令</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kill client…</source>
        <translation>断开客户端…</translation>
    </message>
    <message numerus="yes">
        <location line="+76" />
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n 个客户端</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11" />
        <source>Kill client</source>
        <translation>断开客户端</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Disconnect client %1 (%2)?</source>
        <translation>断开客户端 %1（%2）？</translation>
    </message>
</context>
<context>
    <name>CollectionValueEditor</name>
    <message>
        <location filename="../app/ui/keys/collection_value_editor.cpp" line="+27" />
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+51" />
        <source>%L1 of %L2 elements loaded (scroll for more)</source>
        <translation>已加载 %L1 / %L2 个元素（滚动以加载更多）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%L1 elements, loaded as they are shown</source>
        <translation>共 %L1 个元素，随显示加载</translation>
    </message>
</context>
<context>
    <name>ConfigCatalog</name>
    <message>
        <location filename="../app/model/config/config_catalog.cpp" line="+13" />
        <source>Pub/Sub channels new ACL users may use by default (resetchannels = none).</source>
        <translation>新 ACL 用户默认可使用的 Pub/Sub 频道（resetchannels = 无）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>File holding ACL users (instead of user lines in redis.conf).</source>
        <translation>保存 ACL 用户的文件（代替 redis.conf 中的 user 行）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Entries kept in the ACL LOG of refused commands and logins.</source>
        <translation>ACL LOG 中保留的被拒绝命令和登录记录条数。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Spend some CPU to rehash the main dictionaries incrementally.</source>
        <translation>花费少量 CPU 对主字典进行渐进式 rehash。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Load a truncated AOF (after a crash) instead of refusing to start.</source>
        <translation>（崩溃后）载入被截断的 AOF，而不是拒绝启动。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Start rewritten AOF files with an RDB snapshot (faster to load).</source>
        <translation>重写后的 AOF 文件以 RDB 快照开头（载入更快）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Folder (inside dir) that holds the AOF files.</source>
        <translation>存放 AOF 文件的目录（位于 dir 之内）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Base name of the AOF files.</source>
        <translation>AOF 文件的基本名称。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>How often the AOF is flushed to disk: always, everysec (default) or no.</source>
        <translation>AOF 刷写到磁盘的频率：always、everysec（默认）或 no。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Enable the append-only file (AOF): every write is logged so that little is lost on a crash.</source>
        <translation>启用只追加文件 (AOF)：记录每一次写入，崩溃时丢失的数据很少。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Minimum AOF size before an automatic rewrite.</source>
        <translation>自动重写前 AOF 的最小大小。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rewrite the AOF when it has grown by this percentage since the last rewrite (0 = never).</source>
        <translation>AOF 自上次重写后增长达到此百分比时进行重写（0 = 从不）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Addresses this server accepts connections on. Without bind it listens on every interface; "bind 127.0.0.1" accepts local clients only, so a replica on another machine gets "Connection refused" (the seed's second failure: the master had to bind 0.0.0.0). "-" before an address makes it optional.</source>
        <translation>服务器接受连接的地址。不设置 bind 时在所有网卡上监听；“bind 127.0.0.1”只接受本机客户端，因此另一台机器上的从服务器会得到“Connection refused”（原文中的第二个故障：主服务器必须 bind 0.0.0.0）。地址前加“-”表示该地址可选。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Local address used for outgoing connections, such as a replica's link to its master.</source>
        <translation>向外连接时使用的本地地址，例如从服务器到主服务器的链路。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Milliseconds a script or module command may run before the server answers BUSY to others.</source>
        <translation>脚本或模块命令可运行的毫秒数，超过后服务器对其他客户端返回 BUSY。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Output buffer limits per client class (normal, replica, pubsub): hard limit, soft limit, soft seconds. A replica whose buffer overflows during a sync is disconnected and the sync starts over.</source>
        <translation>各类客户端（normal、replica、pubsub）的输出缓冲区限制：硬限制、软限制、软限制持续秒数。同步期间缓冲区溢出的从服务器会被断开，同步从头开始。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Largest query buffer of one client.</source>
        <translation>单个客户端查询缓冲区的最大值。</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Run in the background as a daemon (writes a pid file). The seed runs its servers with daemonize yes; lab nodes run in the foreground as child processes.</source>
        <translation>作为守护进程在后台运行（写入 pid 文件）。原文以 daemonize yes 运行服务器；实验室节点作为子进程在前台运行。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Number of databases (default 16); clients start in database 0 and change with SELECT.</source>
        <translation>数据库数量（默认 16）；客户端从 0 号数据库开始，用 SELECT 切换。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Name of the RDB snapshot file inside dir.</source>
        <translation>dir 中 RDB 快照文件的名称。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Working directory: where the RDB and AOF files are written.</source>
        <translation>工作目录：RDB 和 AOF 文件的写入位置。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Raise hz temporarily when many clients are connected.</source>
        <translation>连接的客户端较多时临时提高 hz。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Whether the DEBUG command may be used: no, yes, or local (loopback clients only). The key comparison uses DEBUG DIGEST-VALUE when it is allowed.</source>
        <translation>是否允许使用 DEBUG 命令：no、yes 或 local（仅限本机回环客户端）。允许时，键比较会使用 DEBUG DIGEST-VALUE。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Whether MODULE LOAD/UNLOAD may be used: no, yes, or local.</source>
        <translation>是否允许使用 MODULE LOAD/UNLOAD：no、yes 或 local。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Whether CONFIG SET may change protected directives such as dir and dbfilename: no, yes, or local.</source>
        <translation>是否允许 CONFIG SET 修改 dir、dbfilename 等受保护的配置项：no、yes 或 local。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hashes with at most this many fields are stored compactly (listpack).</source>
        <translation>字段数不超过此值的哈希以紧凑方式 (listpack) 存储。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hashes whose fields and values are all at most this long stay compact.</source>
        <translation>字段和值的长度都不超过此值的哈希保持紧凑存储。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>How many times per second background tasks run (expiry, timeouts, replication cron).</source>
        <translation>后台任务（过期、超时、复制定时任务）每秒运行的次数。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Threads used for socket I/O (1 = the main thread only).</source>
        <translation>用于套接字 I/O 的线程数（1 = 仅主线程）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Operations slower than this many milliseconds are recorded by LATENCY (0 = off).</source>
        <translation>耗时超过此毫秒数的操作由 LATENCY 记录（0 = 关闭）。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Free evicted keys in a background thread.</source>
        <translation>在后台线程中释放被淘汰的键。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Free expired keys in a background thread.</source>
        <translation>在后台线程中释放过期的键。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Free keys deleted by the server (RENAME over a key, ...) in a background thread.</source>
        <translation>在后台线程中释放服务器删除的键（RENAME 覆盖键等）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Make DEL behave like UNLINK.</source>
        <translation>让 DEL 的行为与 UNLINK 相同。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Make FLUSHDB/FLUSHALL asynchronous by default.</source>
        <translation>让 FLUSHDB/FLUSHALL 默认异步执行。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>List nodes left uncompressed at each end (0 = no compression).</source>
        <translation>列表两端不压缩的节点数（0 = 不压缩）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Size of each node of a list (negative = bytes: -2 is 8 KB).</source>
        <translation>列表每个节点的大小（负数表示字节：-2 为 8 KB）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>File the log goes to. Empty = standard output; a daemon's standard output is /dev/null.</source>
        <translation>日志文件。留空 = 标准输出；守护进程的标准输出是 /dev/null。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>How much the server logs: debug, verbose, notice (the seed's choice) or warning.</source>
        <translation>服务器的日志级别：debug、verbose、notice（原文的选择）或 warning。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Password this replica sends to its master (the master's requirepass). Without it the master answers NOAUTH and replication never starts.</source>
        <translation>此从服务器发送给主服务器的密码（即主服务器的 requirepass）。未设置时主服务器返回 NOAUTH，复制永远不会开始。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ACL user this replica authenticates as on its master (with masterauth as its password).</source>
        <translation>此从服务器在主服务器上认证所用的 ACL 用户（以 masterauth 作为密码）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Largest number of connected clients.</source>
        <translation>最大客户端连接数。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Memory limit for the dataset (0 = no limit). When reached, maxmemory-policy decides what happens.</source>
        <translation>数据集的内存上限（0 = 无限制）。达到上限后由 maxmemory-policy 决定如何处理。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Memory limit for all client buffers together (0 = none).</source>
        <translation>所有客户端缓冲区合计的内存上限（0 = 无）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>What to do at maxmemory: noeviction (refuse writes) or evict keys (allkeys-lru, volatile-lru, allkeys-lfu, ...).</source>
        <translation>达到 maxmemory 时的处理方式：noeviction（拒绝写入）或淘汰键（allkeys-lru、volatile-lru、allkeys-lfu 等）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Keys sampled per eviction (more = closer to true LRU/LFU, more CPU).</source>
        <translation>每次淘汰采样的键数（越多越接近真正的 LRU/LFU，CPU 消耗也越多）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Largest lag (seconds since the last ACK) for a replica to count towards min-replicas-to-write.</source>
        <translation>从服务器计入 min-replicas-to-write 所允许的最大延迟（距上次 ACK 的秒数）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The master refuses writes unless at least this many replicas are connected with a lag under min-replicas-max-lag (0 = off).</source>
        <translation>除非至少有这么多延迟低于 min-replicas-max-lag 的从服务器在线，否则主服务器拒绝写入（0 = 关闭）。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Skip fsync of the AOF while a rewrite or BGSAVE runs (less latency, more risk).</source>
        <translation>在重写或 BGSAVE 期间跳过 AOF 的 fsync（延迟更低，风险更高）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Which keyspace events are published over Pub/Sub (empty = none).</source>
        <translation>通过 Pub/Sub 发布哪些键空间事件（留空 = 不发布）。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>File the server writes its process id to. A daemonized server uses /var/run/redis.pid if none is given.</source>
        <translation>服务器写入进程号的文件。未指定时，守护进程方式运行的服务器使用 /var/run/redis.pid。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>TCP port the server listens on (default 6379). 0 disables TCP.</source>
        <translation>服务器监听的 TCP 端口（默认 6379）。0 表示禁用 TCP。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>What a replica does when a command from its master fails: ignore, panic, or panic-on-replicas.</source>
        <translation>来自主服务器的命令执行失败时从服务器的处理方式：ignore、panic 或 panic-on-replicas。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A safety layer against instances left open on the Internet: with no bind and no password, only loopback clients are accepted. The seed sets it to no on the master so that replicas on other machines can connect.</source>
        <translation>防止实例暴露在互联网上的安全机制：既未设置 bind 也未设置密码时，只接受本机回环客户端。原文在主服务器上将其设为 no，以便其他机器上的从服务器能够连接。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Largest bulk string a client may send.</source>
        <translation>客户端可发送的最大批量字符串。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete the RDB files used for replication when persistence is off.</source>
        <translation>关闭持久化时，删除用于复制的 RDB 文件。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>fsync the RDB file every 32 MB while it is written.</source>
        <translation>写入 RDB 文件时每 32 MB 执行一次 fsync。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Append a CRC64 checksum to RDB files and check it when loading.</source>
        <translation>在 RDB 文件末尾附加 CRC64 校验和，并在载入时检查。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Compress strings in the RDB file with LZF.</source>
        <translation>用 LZF 压缩 RDB 文件中的字符串。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Size of the master's backlog of recent writes. A replica that reconnects while its offset is still in the backlog gets a partial resync instead of a full one.</source>
        <translation>主服务器保存最近写入的复制积压缓冲区大小。重连时偏移量仍在积压缓冲区内的从服务器可以部分重同步，而不必全量同步。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Seconds the backlog is kept after the last replica disconnected (0 = forever).</source>
        <translation>最后一个从服务器断开后，积压缓冲区保留的秒数（0 = 永久）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Send the replication stream in fewer, bigger packets (less bandwidth, more lag).</source>
        <translation>以更少、更大的数据包发送复制流（带宽更省，延迟更高）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>How a replica loads the master's snapshot: disabled (via a file on disk), on-empty-db, or swapdb (in memory).</source>
        <translation>从服务器载入主服务器快照的方式：disabled（经由磁盘文件）、on-empty-db 或 swapdb（在内存中）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The master streams the snapshot straight to the replica's socket instead of writing an RDB file first.</source>
        <translation>主服务器将快照直接写入从服务器的套接字，而不是先写 RDB 文件（无盘复制）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Seconds the master waits before a diskless transfer, so that more replicas can join it.</source>
        <translation>无盘传输开始前主服务器等待的秒数，以便更多从服务器加入。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Start a diskless transfer at once when this many replicas wait (0 = always wait the delay).</source>
        <translation>等待的从服务器达到此数量时立即开始无盘传输（0 = 总是等满延迟时间）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Seconds between the master's PINGs to its replicas.</source>
        <translation>主服务器向从服务器发送 PING 的间隔秒数。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Seconds without data after which the replication link is considered dead (on both sides).</source>
        <translation>无数据超过此秒数后，复制链路被（双方）视为已断开。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Address the replica reports to its master (behind NAT or port forwarding).</source>
        <translation>从服务器向主服务器报告的地址（位于 NAT 或端口转发之后时使用）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Port the replica reports to its master.</source>
        <translation>从服务器向主服务器报告的端口。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Whether Sentinel may announce this replica to clients.</source>
        <translation>哨兵是否可以向客户端公布此从服务器。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keep applying the master's stream even if saving to disk fails.</source>
        <translation>即使保存到磁盘失败，也继续应用主服务器的复制流。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A replica does not evict keys on its own; it follows its master's deletions.</source>
        <translation>从服务器不自行淘汰键，而是跟随主服务器的删除操作。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Free the old dataset in the background when a full sync starts.</source>
        <translation>全量同步开始时在后台释放旧数据集。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sentinel's preference for promoting this replica (lower wins; 0 = never).</source>
        <translation>哨兵提升此从服务器的优先级（数值越小越优先；0 = 从不）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Refuse writes from clients on this replica (the seed sets yes). Writes must go to the master; a write here gets a READONLY error.</source>
        <translation>拒绝客户端在此从服务器上写入（原文设为 yes）。写入必须发往主服务器；在这里写入会得到 READONLY 错误。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>When the link to the master is down or the first sync is still running: yes = keep answering with the (possibly old) data, as the seed does; no = answer MASTERDOWN to most commands.</source>
        <translation>与主服务器的链路断开或首次同步仍在进行时：yes = 像原文那样继续用（可能过时的）数据应答；no = 对大多数命令返回 MASTERDOWN。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Makes this server a replica: "replicaof &lt;master-ip&gt; &lt;master-port&gt;". It connects, asks for a sync (PSYNC), receives the master's snapshot, then follows its stream of writes. Change it at runtime with the REPLICAOF command.</source>
        <translation>使此服务器成为从服务器：“replicaof &lt;master-ip&gt; &lt;master-port&gt;”。它会连接主服务器、请求同步 (PSYNC)、接收主服务器的快照，然后跟随其写入流。运行时可用 REPLICAOF 命令修改。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Password clients must give with AUTH before any other command. Replicas need it as their masterauth. Shown hidden; note that a seed password such as redis:123:456 is sent in clear text without TLS.</source>
        <translation>客户端在执行其他命令前必须用 AUTH 提供的密码。从服务器需将其设为 masterauth。此处隐藏显示；注意，像原文中 redis:123:456 这样的密码在没有 TLS 时以明文发送。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Snapshot rules: "save &lt;seconds&gt; &lt;changes&gt;" writes an RDB file when at least that many changes happened within that many seconds. save "" disables snapshots; the seed does this on the master and on replica 2 to spare their disks, and lets replica 1 save (900 1, 300 10, 60 10000).</source>
        <translation>快照规则：“save &lt;秒数&gt; &lt;修改次数&gt;”表示在指定秒数内至少发生指定次数的修改时写入 RDB 文件。save "" 禁用快照；原文在主服务器和从服务器 2 上这样设置以节省磁盘，由从服务器 1 负责保存（900 1、300 10、60 10000）。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Sets of integers with at most this many members are stored as an intset.</source>
        <translation>成员数不超过此值的整数集合以 intset 存储。</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Commands slower than this many microseconds are kept in the SLOWLOG (-1 = off).</source>
        <translation>耗时超过此微秒数的命令记入 SLOWLOG（-1 = 关闭）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Entries kept in the SLOWLOG.</source>
        <translation>SLOWLOG 中保留的条数。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mark set on listening sockets for routing and firewall rules.</source>
        <translation>为监听套接字设置的标记，用于路由和防火墙规则。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Refuse writes when the last background save failed, so the failure is noticed.</source>
        <translation>上一次后台保存失败时拒绝写入，以便让人注意到该故障。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Tell upstart or systemd when the server is ready: no, upstart, systemd, auto.</source>
        <translation>服务器就绪时通知 upstart 或 systemd：no、upstart、systemd、auto。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Length of the queue of connections waiting to be accepted (also capped by the kernel's somaxconn).</source>
        <translation>等待接受的连接队列长度（同时受内核 somaxconn 限制）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Seconds between TCP keepalive probes to idle clients, to detect dead peers (0 disables).</source>
        <translation>向空闲客户端发送 TCP keepalive 探测的间隔秒数，用于发现失效的对端（0 = 禁用）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Close a client connection after it has been idle this many seconds (0 = never close).</source>
        <translation>客户端连接空闲超过此秒数后关闭（0 = 从不关闭）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Whether TLS clients must present a certificate: yes, no, or optional.</source>
        <translation>TLS 客户端是否必须出示证书：yes、no 或 optional。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>CA bundle used to verify TLS clients and the master.</source>
        <translation>用于验证 TLS 客户端和主服务器的 CA 证书包。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Server certificate for TLS (PEM).</source>
        <translation>TLS 服务器证书 (PEM)。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Private key of the TLS certificate (PEM).</source>
        <translation>TLS 证书的私钥 (PEM)。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Port for TLS connections (0 = no TLS listener).</source>
        <translation>TLS 连接端口（0 = 不监听 TLS）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Use TLS for the replication link to the master.</source>
        <translation>与主服务器的复制链路使用 TLS。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Path of a Unix socket to listen on (empty = none).</source>
        <translation>监听的 Unix 套接字路径（留空 = 不监听）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Permissions of the Unix socket file.</source>
        <translation>Unix 套接字文件的权限。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sorted sets with at most this many members are stored compactly.</source>
        <translation>成员数不超过此值的有序集合以紧凑方式存储。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sorted sets whose members are all at most this long stay compact.</source>
        <translation>成员长度都不超过此值的有序集合保持紧凑存储。</translation>
    </message>
    <message>
        <location line="+69" />
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Persistence</source>
        <translation>持久化</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Replication</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Limits</source>
        <translation>限制</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+7" />
        <source>at runtime</source>
        <translation>运行时可改</translation>
    </message>
    <message>
        <location line="+2" />
        <source>protected</source>
        <translation>受保护</translation>
    </message>
    <message>
        <location line="+2" />
        <source>restart needed</source>
        <translation>需要重启</translation>
    </message>
    <message>
        <location line="+4" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Old name of %1.</source>
        <translation>%1 的旧名称。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No description here; see the comments in redis.conf.</source>
        <translation>此处没有说明；请参阅 redis.conf 中的注释。</translation>
    </message>
</context>
<context>
    <name>ConfigCompareDialog</name>
    <message>
        <location filename="../app/ui/config/config_compare_dialog.cpp" line="+49" />
        <source>Compare configurations</source>
        <translation>比较配置</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Only differences</source>
        <translation>仅显示差异</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Apply to nodes…</source>
        <translation>应用到节点…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Orange: differs. Grey: differs by nature (ports, files, the replicaof line). Replication directives come first.</source>
        <translation>橙色：存在差异。灰色：本应不同（端口、文件、replicaof 行）。复制相关配置项排在最前。</translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>Reading CONFIG GET * from %n node(s)…</source>
        <translation>
            <numerusform>正在从 %n 个节点读取 CONFIG GET *…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n directive(s) differ</source>
        <translation>
            <numerusform>%n 个配置项不同</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigComparisonModel</name>
    <message>
        <location filename="../app/model/config/config_comparison.cpp" line="+73" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+70" />
        <source>(absent)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Directive</source>
        <translation>配置项</translation>
    </message>
</context>
<context>
    <name>ConfigFileEditor</name>
    <message>
        <location filename="../app/ui/config/config_file_editor.cpp" line="+28" />
        <source>Config file of %1</source>
        <translation>%1 的配置文件</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Edit, then validate: the node's own parser checks the text.</source>
        <translation>编辑后请校验：由节点自身的解析器检查文本。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Validate</source>
        <translation>校验</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save and restart node</source>
        <translation>保存并重启节点</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+7" />
        <source>Validating with the node's parser…</source>
        <translation>正在用节点的解析器校验…</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Not saved: the node rejects this configuration.
%1</source>
        <translation>未保存：节点拒绝此配置。
%1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cannot save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Saved; the node is restarting with the new file.</source>
        <translation>已保存；节点正在使用新文件重启。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saved. The running node still uses its old settings until it restarts.</source>
        <translation>已保存。运行中的节点在重启前仍使用旧设置。</translation>
    </message>
</context>
<context>
    <name>ConfigFileValidator</name>
    <message>
        <location filename="../app/model/config/config_file_validator.cpp" line="+43" />
        <source>The node neither started nor reported an error within %1 s.</source>
        <translation>节点在 %1 秒内既未启动也未报告错误。</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Cannot write a scratch copy: %1</source>
        <translation>无法写入临时副本：%1</translation>
    </message>
    <message>
        <location line="+32" />
        <location line="+74" />
        <source>Cannot run %1: %2</source>
        <translation>无法运行 %1：%2</translation>
    </message>
    <message>
        <location line="-56" />
        <source>The node's parser accepts this configuration.</source>
        <translation>节点的解析器接受此配置。</translation>
    </message>
    <message>
        <location line="+49" />
        <source>The node exited at once:
%1</source>
        <translation>节点立即退出：
%1</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The node started with this configuration and answered; it was stopped again.</source>
        <translation>节点已用此配置启动并作出应答，随后已停止。</translation>
    </message>
</context>
<context>
    <name>ConfigPanel</name>
    <message>
        <location filename="../app/ui/config/config_panel.cpp" line="+81" />
        <source>Find a directive, e.g. repl or save</source>
        <translation>查找配置项，如 repl 或 save</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Old names</source>
        <translation>旧名称</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Also list aliases such as slave-read-only</source>
        <translation>同时列出 slave-read-only 等别名</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show passwords</source>
        <translation>显示密码</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save to file (REWRITE)…</source>
        <translation>保存到文件 (REWRITE)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compare group…</source>
        <translation>比较一组节点…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apply to nodes…</source>
        <translation>应用到节点…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edit config file…</source>
        <translation>编辑配置文件…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lab nodes only: edit the node's redis.conf, validated by the node's parser, then restart</source>
        <translation>仅限实验室节点：编辑节点的 redis.conf，经节点解析器校验后重启</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location line="+32" />
        <source>CONFIG GET failed: %1</source>
        <translation>CONFIG GET 失败：%1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is now %2 on the running server. Save to file (REWRITE) to keep it after a restart.</source>
        <translation>运行中的服务器上 %1 已设为 %2。保存到文件 (REWRITE) 才能在重启后保留。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The server refused %1: %2</source>
        <translation>服务器拒绝了 %1：%2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The running configuration was written to the node's config file.</source>
        <translation>运行配置已写入节点的配置文件。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CONFIG REWRITE failed: %1</source>
        <translation>CONFIG REWRITE 失败：%1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Configuration editor</source>
        <translation>配置编辑器(&amp;C)</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Default: %1 · Changes: %2 · Topic: %3</source>
        <translation>默认值：%1 · 修改方式：%2 · 主题：%3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(depends on the machine)</source>
        <translation>（取决于机器）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>CONFIG SET cannot change this one: edit the config file and restart.</source>
        <translation>无法用 CONFIG SET 修改此项：请编辑配置文件并重启。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Save configuration</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CONFIG REWRITE rewrites the node's config file with its running configuration (comments are kept, changed lines are replaced). Continue?</source>
        <translation>CONFIG REWRITE 会用运行配置重写节点的配置文件（保留注释，替换已修改的行）。继续吗？</translation>
    </message>
</context>
<context>
    <name>ConfigTableModel</name>
    <message>
        <location filename="../app/model/config/config_table_model.cpp" line="+174" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+40" />
        <source>applying…</source>
        <translation>正在应用…</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Directive</source>
        <translation>配置项</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Changes</source>
        <translation>修改方式</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../app/ui/connections/connection_dialog.cpp" line="+27" />
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+5" />
        <source>e.g. production master</source>
        <translation>例如：生产环境主服务器</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Group:</source>
        <translation>分组：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>default (leave empty without ACL users)</source>
        <translation>default（未使用 ACL 用户时留空）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the password in the system keychain</source>
        <translation>将密码保存到系统钥匙串</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+4" />
        <source>CA certificate:</source>
        <translation>CA 证书：</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Client certificate:</source>
        <translation>客户端证书：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Client key:</source>
        <translation>客户端私钥：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.key);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Verify the server certificate</source>
        <translation>验证服务器证书</translation>
    </message>
    <message>
        <location line="+4" />
        <source>same as host</source>
        <translation>与主机相同</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Server name (SNI):</source>
        <translation>服务器名称（SNI）：</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+4" />
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location line="+2" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connect:</source>
        <translation>连接：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Command:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Timeouts:</source>
        <translation>超时：</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+2" />
        <source>From redis.conf…</source>
        <translation>从 redis.conf…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import redis.conf</source>
        <translation>导入 redis.conf</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Redis configuration (*.conf);;All files (*)</source>
        <translation>Redis 配置文件 (*.conf);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>From redis:// URL…</source>
        <translation>从 redis:// URL…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import URL</source>
        <translation>导入 URL</translation>
    </message>
    <message>
        <location line="+1" />
        <source>redis://[user:password@]host:port[/db]</source>
        <translation>redis://[用户:密码@]主机:端口[/数据库]</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Choose file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location line="+34" />
        <source>unchanged (stored in the keychain)</source>
        <translation>不变（已保存在钥匙串中）</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>replica of %1:%2</source>
        <translation>%1:%2 的从服务器</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>master with %n replica(s)</source>
        <translation>
            <numerusform>主服务器，有 %n 个从服务器</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connected: Redis-compatible server %1, %2.</source>
        <translation>已连接：Redis 兼容服务器 %1，%2。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>ConnectionProfileStore</name>
    <message>
        <location filename="../app/model/connection_profiles.cpp" line="+112" />
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
</context>
<context>
    <name>ConnectionSpec</name>
    <message>
        <location filename="../app/client/connection_spec.cpp" line="+27" />
        <source>Not a valid URL: %1</source>
        <translation>不是有效的 URL：%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The URL must start with redis:// or rediss://</source>
        <translation>URL 必须以 redis:// 或 rediss:// 开头</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The URL has no host</source>
        <translation>URL 中没有主机</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Invalid port</source>
        <translation>端口无效</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The database must be a number, not '%1'</source>
        <translation>数据库必须是数字，而不是“%1”</translation>
    </message>
</context>
<context>
    <name>ConnectionsDock</name>
    <message>
        <location filename="../app/ui/connections/connections_dock.cpp" line="+35" />
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+13" />
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+285" />
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="-281" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+2" />
        <source>From redis.conf…</source>
        <translation>从 redis.conf…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From redis:// URL…</source>
        <translation>从 redis:// URL…</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Add them</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Saved connections</source>
        <translation>已保存的连接</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Monitored servers</source>
        <translation>监控中的服务器</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Ungrouped</source>
        <translation>未分组</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1 (lab)</source>
        <translation>%1（实验室）</translation>
    </message>
    <message>
        <location line="+17" />
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location line="+8" />
        <source>connecting…</source>
        <translation>连接中…</translation>
    </message>
    <message>
        <location line="+21" />
        <source>New connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Password saved in the system keychain.</source>
        <translation>密码已保存到系统钥匙串。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Password not saved</source>
        <translation>密码未保存</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Edit connection</source>
        <translation>编辑连接</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Delete connection</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the saved connection "%1"?</source>
        <translation>删除已保存的连接“%1”？</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+2" />
        <source>Import redis.conf</source>
        <translation>导入 redis.conf</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Redis configuration (*.conf);;All files (*)</source>
        <translation>Redis 配置文件 (*.conf);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+4" />
        <location line="+2" />
        <source>Import URL</source>
        <translation>导入 URL</translation>
    </message>
    <message>
        <location line="-6" />
        <source>redis://[user:password@]host:port[/db]</source>
        <translation>redis://[用户:密码@]主机:端口[/数据库]</translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>%1 belongs to a replication group. Also monitor %n more server(s): %2?</source>
        <translation>
            <numerusform>%1 属于一个复制组。是否同时监控另外 %n 台服务器：%2？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15" />
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Open dashboard</source>
        <translation>打开仪表盘</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open console</source>
        <translation>打开控制台</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Add its replication group</source>
        <translation>添加其复制组</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save as connection…</source>
        <translation>保存为连接…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Stop monitoring</source>
        <translation>停止监控</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../app/client/credential_store.cpp" line="+26" />
        <source>No keychain service is running (such as GNOME Keyring or KWallet), so the password was not saved. ReplicaDesk never writes passwords to its settings file; it will ask for the password when you connect.</source>
        <translation>没有正在运行的钥匙串服务（例如 GNOME Keyring 或 KWallet），因此密码未保存。ReplicaDesk 从不把密码写入设置文件；连接时会向你询问密码。</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <location filename="../app/model/replication/doctor.cpp" line="+81" />
        <source>A firewall blocks the master's port %1/tcp</source>
        <translation>防火墙拦截了主服务器的 %1/tcp 端口</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 cannot open a connection to its master at %2: "%3". The master may well be running; the connection is rejected on the way, which is what a firewall on the master's host does when the port is not open (firewalld answers "No route to host"). Until the port is open the replica stays in connect/connecting and retries every second, serving its old data.</source>
        <translation>%1 无法连接其位于 %2 的主服务器：“%3”。主服务器很可能正在运行，但连接在途中被拒绝了——当端口未开放时，主服务器所在主机上的防火墙就会这样做（firewalld 返回“No route to host”）。在端口开放之前，从服务器一直处于 connect/connecting 状态，每秒重试一次，并继续提供旧数据。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No route to host</source>
        <translation>No route to host</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open port %1/tcp on the master's host, then reload the firewall:</source>
        <translation>在主服务器所在主机上开放 %1/tcp 端口，然后重新加载防火墙：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>In this lab the link shaper plays the firewall; applying the fix removes its reject rule.</source>
        <translation>在本实验室中由链路整形器扮演防火墙；应用修复会移除其拒绝规则。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The master is not running</source>
        <translation>主服务器未运行</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 dials %2 and the connection is refused: no master process is running there.</source>
        <translation>%1 连接 %2 时被拒绝：那里没有运行主服务器进程。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Start the master. The replica reconnects by itself within a second.</source>
        <translation>启动主服务器。从服务器会在一秒内自动重连。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The master only listens on %1, not on %2</source>
        <translation>主服务器只在 %1 上监听，而不在 %2 上</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The master's configuration says "%1" while %2 will dial %3. Nothing listens at that address, so the connection will be refused ("Connection refused") and the link will never come up.</source>
        <translation>主服务器的配置为“%1”，而 %2 将连接 %3。该地址上没有任何程序监听，因此连接会被拒绝（“Connection refused”），链路永远无法建立。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 dials %2 and gets "Connection refused": the master's configuration says "%3", so it accepts connections only on that address and the operating system refuses everything else. This is the seed's second failure: a master bound to 127.0.0.1 cannot be reached by its replicas.</source>
        <translation>%1 连接 %2 时得到“Connection refused”：主服务器的配置为“%3”，因此它只在该地址上接受连接，其余连接都被操作系统拒绝。这正是原文中的第二个故障：绑定在 127.0.0.1 上的主服务器无法被其从服务器访问。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nothing accepts connections at %1</source>
        <translation>%1 上没有任何程序接受连接</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 dials %2 and gets "Connection refused". Either the master is not running, or it listens only on other addresses (its `bind` line, e.g. bind 127.0.0.1), or a firewall rejects the port with a TCP reset.</source>
        <translation>%1 连接 %2 时得到“Connection refused”。可能是主服务器未运行，或它只在其他地址上监听（其 `bind` 行，例如 bind 127.0.0.1），或防火墙用 TCP 重置拒绝了该端口。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Make the master listen on an address the replica can reach: in the master's redis.conf set the `bind` line (the seed uses bind 0.0.0.0) and restart it, or change it at run time with CONFIG SET. Listening on every interface exposes the master: keep requirepass set.</source>
        <translation>让主服务器在从服务器能够访问的地址上监听：在主服务器的 redis.conf 中设置 `bind` 行（原文使用 bind 0.0.0.0）并重启，或在运行时用 CONFIG SET 修改。在所有网卡上监听会暴露主服务器：请保留 requirepass 设置。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The replica has no masterauth, but the master requires a password</source>
        <translation>从服务器未设置 masterauth，但主服务器要求密码</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The master has requirepass set, so it answers the replica's REPLCONF and PSYNC with "NOAUTH Authentication required". A Redis 7 replica then retries in a tight loop and never syncs.</source>
        <translation>主服务器设置了 requirepass，因此对从服务器的 REPLCONF 和 PSYNC 都返回“NOAUTH Authentication required”。Redis 7 的从服务器随后会不停地重试，永远无法完成同步。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the replica the master's password, as the seed's replicas do (masterauth &lt;the master's requirepass&gt;), in its redis.conf or at run time:</source>
        <translation>像原文中的从服务器那样，把主服务器的密码告诉从服务器（masterauth &lt;主服务器的 requirepass&gt;），可写入其 redis.conf 或在运行时设置：</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Connecting to the master times out</source>
        <translation>连接主服务器超时</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 gets no answer at all from %2 ("%3"). Packets are dropped on the way: a firewall that drops instead of rejecting, a wrong address, or a network partition.</source>
        <translation>%1 从 %2 得不到任何应答（“%3”）。数据包在途中被丢弃：可能是防火墙采用丢弃而非拒绝、地址错误，或发生了网络分区。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check the master's address, then open port %1/tcp on its firewall:</source>
        <translation>检查主服务器的地址，然后在其防火墙上开放 %1/tcp 端口：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>In this lab the link is cut by the link shaper.</source>
        <translation>在本实验室中，链路被链路整形器断开。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The master's host name does not resolve</source>
        <translation>无法解析主服务器的主机名</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 cannot find the address of "%2" ("%3").</source>
        <translation>%1 找不到“%2”的地址（“%3”）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use the master's IP address in replicaof, or fix the name in DNS or /etc/hosts.</source>
        <translation>在 replicaof 中使用主服务器的 IP 地址，或在 DNS 或 /etc/hosts 中修正该名称。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The replica's masterauth is wrong</source>
        <translation>从服务器的 masterauth 不正确</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The master rejects the replica's password ("%1"). The replica retries every second and never syncs.</source>
        <translation>主服务器拒绝了从服务器的密码（“%1”）。从服务器每秒重试一次，永远无法完成同步。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Set masterauth (and masteruser, with ACL users) to the master's password:</source>
        <translation>将 masterauth（使用 ACL 用户时还有 masteruser）设为主服务器的密码：</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The master's protected mode refuses the replica</source>
        <translation>主服务器的保护模式拒绝了从服务器</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The master runs with protected-mode yes and no password, so it accepts only loopback clients and closes every other connection with "-DENIED".</source>
        <translation>主服务器以 protected-mode yes 运行且未设置密码，因此只接受本机回环客户端，其他连接都会以“-DENIED”关闭。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Set a password on the master (and masterauth on the replicas), or turn protected mode off as the seed's master does:</source>
        <translation>为主服务器设置密码（并在从服务器上设置 masterauth），或像原文中的主服务器那样关闭保护模式：</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The master cannot serve a sync yet</source>
        <translation>主服务器暂时无法提供同步</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The master answered "%1": it is loading its dataset, or it is itself a replica whose own link is down (a chain). The replica retries by itself.</source>
        <translation>主服务器应答“%1”：它正在载入数据集，或者它本身是一个链路已断开的从服务器（级联复制）。从服务器会自动重试。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Wait, or bring up the upstream link first.</source>
        <translation>请等待，或先恢复上游链路。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The replica's output buffer limit cut the link</source>
        <translation>从服务器的输出缓冲区限制切断了链路</translation>
    </message>
    <message>
        <location line="+1" />
        <source>While the snapshot was sent, the master buffered more writes for this replica than client-output-buffer-limit replica allows, and dropped it. The next attempt will be a full sync again.</source>
        <translation>在发送快照期间，主服务器为此从服务器缓冲的写入超过了 client-output-buffer-limit replica 的限制，于是断开了它。下一次尝试仍将是全量同步。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Raise the replica output buffer limit on the master:</source>
        <translation>在主服务器上提高从服务器的输出缓冲区限制：</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The replication link fails</source>
        <translation>复制链路出错</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 reports: "%2".</source>
        <translation>%1 报告：“%2”。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Read the replica's log around this line; the master's log shows its side.</source>
        <translation>查看从服务器日志中这一行附近的内容；主服务器的日志记录了另一端的情况。</translation>
    </message>
    <message>
        <location line="+32" />
        <source>The replication backlog is too small for this outage</source>
        <translation>复制积压缓冲区太小，不足以覆盖这次中断</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 was disconnected for %2 s while the master wrote about %3 bytes/s, so it missed about %4 bytes. The master keeps only %5 (repl-backlog-size) of its recent stream, so a partial resync was impossible and the replica had to copy the whole dataset again (full sync).</source>
        <translation>%1 断开了 %2 秒，而主服务器的写入速度约为每秒 %3 字节，因此它错过了约 %4 字节。主服务器只保留最近 %5 (repl-backlog-size) 的复制流，所以无法部分重同步，从服务器只能重新复制整个数据集（全量同步）。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 was disconnected for %2 s and then needed a full sync: the master's backlog (%3) no longer held what it missed.</source>
        <translation>%1 断开了 %2 秒，之后需要全量同步：主服务器的积压缓冲区 (%3) 已不再包含它错过的数据。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Enlarge the master's backlog so it holds at least twice the writes of such an outage:</source>
        <translation>增大主服务器的积压缓冲区，使其至少能容纳此类中断期间两倍的写入量：</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The link has not come up for %1 s</source>
        <translation>链路已有 %1 秒未能建立</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 has been in the state "%2" without reporting an error.</source>
        <translation>%1 一直处于“%2”状态，但没有报告错误。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the master is reachable (Test reachability) and look at both logs.</source>
        <translation>检查主服务器是否可达（测试连通性），并查看双方的日志。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The master keeps no data on disk</source>
        <translation>主服务器没有在磁盘上保存数据</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 runs with save "" and appendonly no (the seed's master leaves the snapshots to replica 1). If it restarts, for example under a supervisor, it comes back with an empty dataset, and its replicas then copy that empty dataset in a full sync: every copy of the data is wiped.</source>
        <translation>%1 以 save "" 和 appendonly no 运行（原文中的主服务器把快照交给从服务器 1 负责）。如果它重启（例如被进程守护程序拉起），它会带着空数据集恢复，随后其从服务器会通过全量同步复制这个空数据集：所有数据副本都会被清空。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Turn on persistence on the master, or make sure it is never restarted automatically (promote a replica instead):</source>
        <translation>在主服务器上开启持久化，或确保它永远不会被自动重启（改为提升一个从服务器）：</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Writes are refused: not enough good replicas</source>
        <translation>写入被拒绝：正常的从服务器数量不足</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 requires %2 replica(s) online with an ACK at most %3 s old (min-replicas-to-write / min-replicas-max-lag) and has %4. Every write fails with "-NOREPLICAS Not enough good replicas to write."</source>
        <translation>%1 要求至少 %2 个在线且 ACK 不超过 %3 秒的从服务器（min-replicas-to-write / min-replicas-max-lag），而当前只有 %4 个。每次写入都会失败并返回“-NOREPLICAS Not enough good replicas to write.”</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Bring the replicas' links back up, or lower the requirement:</source>
        <translation>恢复从服务器的链路，或降低该要求：</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Replicas were dropped for overrunning their output buffer</source>
        <translation>从服务器因输出缓冲区溢出被断开</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 closed a replica %2 time(s) "for overcoming of output buffer limits": while a snapshot was being sent, the writes buffered for that replica passed client-output-buffer-limit replica %3 %4 %5. The replica starts a new full sync, which can fail the same way forever.</source>
        <translation>%1 已 %2 次以“for overcoming of output buffer limits”关闭从服务器：在发送快照期间，为该从服务器缓冲的写入超过了 client-output-buffer-limit replica %3 %4 %5。从服务器会重新开始全量同步，而这可能以同样的方式无限失败下去。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Double the limits (or reduce the write load during syncs):</source>
        <translation>将这些限制加倍（或在同步期间降低写入负载）：</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The backlog covers only %1 s of disconnection</source>
        <translation>积压缓冲区只能覆盖 %1 秒的断开</translation>
    </message>
    <message>
        <location line="+4" />
        <source>At the current write rate (%1 bytes/s), the %2 backlog holds the last %3 s of writes. A replica that is away longer needs a full sync instead of a partial resync.</source>
        <translation>按当前写入速度（每秒 %1 字节），%2 的积压缓冲区可保存最近 %3 秒的写入。断开时间更长的从服务器需要全量同步，而不能部分重同步。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>To ride out a one-minute outage:</source>
        <translation>要能承受一分钟的中断：</translation>
    </message>
</context>
<context>
    <name>DoctorPanel</name>
    <message>
        <location filename="../app/ui/replication/doctor_panel.cpp" line="+48" />
        <source>Apply fix</source>
        <translation>应用修复</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copy commands</source>
        <translation>复制命令</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Test reachability</source>
        <translation>测试连通性</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open a connection from this computer to the replica's master</source>
        <translation>从本机连接该从服务器的主服务器</translation>
    </message>
    <message>
        <location line="+117" />
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Fix:</source>
        <translation>修复：</translation>
    </message>
</context>
<context>
    <name>ElementDialog</name>
    <message>
        <location filename="../app/ui/keys/element_dialog.cpp" line="+19" />
        <source>Add element</source>
        <translation>添加元素</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edit element</source>
        <translation>编辑元素</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+12" />
        <source>Value:</source>
        <translation>值：</translation>
    </message>
    <message>
        <location line="-9" />
        <source>At the tail (RPUSH)</source>
        <translation>尾部 (RPUSH)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At the head (LPUSH)</source>
        <translation>头部 (LPUSH)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Field:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+7" />
        <source>Member:</source>
        <translation>成员：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Score:</source>
        <translation>分值：</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Bytes that are not text can be typed as \xHH.</source>
        <translation>非文本字节可写作 \xHH。</translation>
    </message>
    <message>
        <location line="+52" />
        <source>A \x escape needs two hex digits.</source>
        <translation>\x 转义需要两位十六进制数字。</translation>
    </message>
</context>
<context>
    <name>IndexedValueModel</name>
    <message>
        <location filename="../app/model/keys/value_page_model.cpp" line="+173" />
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Score</source>
        <translation>分值</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Index</source>
        <translation>索引</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>KeyBrowserPanel</name>
    <message>
        <location filename="../app/ui/keys/key_browser_panel.cpp" line="+37" />
        <source>Pattern, e.g. user:*</source>
        <translation>模式，如 user:*</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SCAN MATCH glob: * any bytes, ? one byte, [abc] one of</source>
        <translation>SCAN MATCH 通配符：* 任意字节，? 单个字节，[abc] 其中之一</translation>
    </message>
    <message>
        <location line="+3" />
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Namespace separator (empty: a flat list)</source>
        <translation>命名空间分隔符（留空：平铺列表）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Walk the database again with this filter</source>
        <translation>用此过滤条件重新遍历数据库</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+219" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="-211" />
        <source>Filtering by type makes the server examine every key: SCAN … TYPE walks the whole keyspace and only filters what it returns, so on a big database expect many pages with few results.</source>
        <translation>按类型过滤会让服务器检查每一个键：SCAN … TYPE 遍历整个键空间，只过滤返回的结果，因此在大数据库上会有很多页只有很少的结果。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Add key…</source>
        <translation>添加键…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+296" />
        <source>Delete by pattern…</source>
        <translation>按模式删除…</translation>
    </message>
    <message>
        <location line="-295" />
        <location line="+286" />
        <source>Synced?</source>
        <translation>已同步？</translation>
    </message>
    <message>
        <location line="-284" />
        <source>Compare the selected key, namespace or database on the master and each replica</source>
        <translation>在主服务器和每个从服务器上比较所选的键、命名空间或数据库</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Filter:</source>
        <translation>过滤：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Separator:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <location line="+71" />
        <source>Keys</source>
        <translation>键</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Key browser</source>
        <translation>键浏览器(&amp;K)</translation>
    </message>
    <message>
        <location line="+94" />
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Expand a database to load its keys.</source>
        <translation>展开数据库以加载其中的键。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>db%1: loading… %L2 keys</source>
        <translation>db%1：正在加载… %L2 个键</translation>
    </message>
    <message>
        <location line="+3" />
        <source>db%1: stopped at %L2 keys — Continue loads the rest</source>
        <translation>db%1：已停在 %L2 个键 — 点击“继续”加载其余部分</translation>
    </message>
    <message>
        <location line="+3" />
        <source>db%1: %L2 keys loaded in %L3 ms</source>
        <translation>db%1：已加载 %L2 个键，用时 %L3 毫秒</translation>
    </message>
    <message>
        <location line="+3" />
        <source>db%1: SCAN failed: %2</source>
        <translation>db%1：SCAN 失败：%2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>(DBSIZE %L1)</source>
        <translation>(DBSIZE %L1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>· first page after %L1 ms</source>
        <translation>· 首页用时 %L1 毫秒</translation>
    </message>
    <message>
        <location line="+1" />
        <source>· key names take %L1 MB here</source>
        <translation>· 键名在此占用 %L1 MB</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No server selected.</source>
        <translation>未选择服务器。</translation>
    </message>
    <message>
        <location line="+64" />
        <source>Copy key name</source>
        <translation>复制键名</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add key here…</source>
        <translation>在此添加键…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Scan again</source>
        <translation>重新扫描</translation>
    </message>
</context>
<context>
    <name>KeyScanner</name>
    <message>
        <location filename="../app/model/keys/key_scanner.cpp" line="+82" />
        <source>Unexpected reply to SCAN</source>
        <translation>SCAN 返回了意外的应答</translation>
    </message>
</context>
<context>
    <name>KeyTreeModel</name>
    <message numerus="yes">
        <location filename="../app/model/keys/key_tree_model.cpp" line="+543" />
        <source>%1* — %n key(s)</source>
        <translation>
            <numerusform>%1* — %n 个键</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>db%1</source>
        <translation>db%1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Keys</source>
        <translation>键数</translation>
    </message>
</context>
<context>
    <name>KeyType</name>
    <message>
        <location filename="../app/model/keys/key_type.cpp" line="+50" />
        <source>String</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="+2" />
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hash</source>
        <translation>哈希</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Set</source>
        <translation>集合</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sorted set</source>
        <translation>有序集合</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stream</source>
        <translation>流</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(no such key)</source>
        <translation>（键不存在）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>KeyValueView</name>
    <message>
        <location filename="../app/ui/keys/key_value_view.cpp" line="+42" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>TTL…</source>
        <translation>TTL…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy value</source>
        <translation>复制值</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Synced?</source>
        <translation>已同步？</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compare this key on the master and each of its replicas</source>
        <translation>在主服务器及其每个从服务器上比较此键</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Select a key to see its value.</source>
        <translation>选择一个键以查看其值。</translation>
    </message>
    <message>
        <location line="+43" />
        <source>No key selected</source>
        <translation>未选择键</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+20" />
        <source>This key does not exist (any more): deleted or expired.</source>
        <translation>此键（已）不存在：已被删除或已过期。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>TTL: %1</source>
        <translation>TTL：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%L1 bytes</source>
        <translation>%L1 字节</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%L1 elements</source>
        <translation>%L1 个元素</translation>
    </message>
    <message>
        <location line="+2" />
        <source>encoding: %1</source>
        <translation>编码：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>memory: %1</source>
        <translation>内存：%1</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Values of this type are not shown here.</source>
        <translation>此类型的值不在此显示。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Rename key</source>
        <translation>重命名键</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Time to live</source>
        <translation>生存时间</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Seconds until the key expires (0 = never expires):</source>
        <translation>距键过期的秒数（0 = 永不过期）：</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Delete key</source>
        <translation>删除键</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the key "%1"? UNLINK removes it at once; the server frees its memory in the background.</source>
        <translation>删除键“%1”？UNLINK 会立即移除它，服务器在后台释放其内存。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Deleted.</source>
        <translation>已删除。</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Value copied (%L1 bytes).</source>
        <translation>已复制值（%L1 字节）。</translation>
    </message>
</context>
<context>
    <name>LabController</name>
    <message>
        <location filename="../app/lab/lab_controller.cpp" line="+100" />
        <source>%1 already holds a lab; open it instead.</source>
        <translation>%1 中已有一个实验室，请直接打开它。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cannot create the lab folder %1.</source>
        <translation>无法创建实验室文件夹 %1。</translation>
    </message>
    <message>
        <location line="+62" />
        <source>%1 holds a "%2" lab, not "%3"; choose another folder with --dir.</source>
        <translation>%1 中是“%2”实验室，而不是“%3”；请用 --dir 选择其他文件夹。</translation>
    </message>
    <message>
        <location line="+23" />
        <source>No free loopback ports for the lab.</source>
        <translation>没有可供实验室使用的空闲回环端口。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cannot create the folder for node %1.</source>
        <translation>无法为节点 %1 创建文件夹。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Node %1 replicates from unknown node %2.</source>
        <translation>节点 %1 从未知节点 %2 复制。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cannot open the link proxy for %1: %2</source>
        <translation>无法为 %1 打开链路代理：%2</translation>
    </message>
    <message>
        <location line="+86" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+173" />
        <source>%1: %2 failed: %3</source>
        <translation>%1：%2 失败：%3</translation>
    </message>
    <message>
        <location line="+31" />
        <source>There is no node %1.</source>
        <translation>没有节点 %1。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>No free loopback port for a new node.</source>
        <translation>没有可供新节点使用的空闲回环端口。</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1 has replicas: re-point or remove them first.</source>
        <translation>%1 还有从服务器：请先将它们改指向其他节点或移除。</translation>
    </message>
    <message>
        <location line="+34" />
        <source>%1 cannot replicate from %2.</source>
        <translation>%1 不能从 %2 复制。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 is not a replica.</source>
        <translation>%1 不是从服务器。</translation>
    </message>
    <message>
        <location line="+56" />
        <location line="+35" />
        <source>%1 has no replication link.</source>
        <translation>%1 没有复制链路。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Invalid bind addresses for %1.</source>
        <translation>%1 的 bind 地址无效。</translation>
    </message>
</context>
<context>
    <name>LabFile</name>
    <message>
        <location filename="../app/lab/lab_file.cpp" line="+74" />
        <source>The lab file has a malformed node entry.</source>
        <translation>实验室文件中有格式错误的节点条目。</translation>
    </message>
    <message>
        <location line="+43" />
        <source>The lab file is not valid JSON: %1</source>
        <translation>实验室文件不是有效的 JSON：%1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The lab file has an unknown format version.</source>
        <translation>实验室文件的格式版本未知。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The lab file names node "%1" twice.</source>
        <translation>实验室文件中节点“%1”出现了两次。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Node "%1" replicates from an unknown node or in a loop.</source>
        <translation>节点“%1”从未知节点复制，或形成了循环。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The lab file has no nodes.</source>
        <translation>实验室文件中没有节点。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Cannot write the lab file %1: %2</source>
        <translation>无法写入实验室文件 %1：%2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Cannot read the lab file %1: %2</source>
        <translation>无法读取实验室文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>LabLinkEditor</name>
    <message>
        <location filename="../app/ui/lab/lab_link_editor.cpp" line="+20" />
        <source>Pause (hold every byte)</source>
        <translation>暂停（扣住所有字节）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cut (partition)</source>
        <translation>切断（网络分区）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Firewall reject (refuse connections)</source>
        <translation>防火墙拒绝（拒绝连接）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replica dials 127.0.0.2 (master bound to 127.0.0.1)</source>
        <translation>从服务器连接 127.0.0.2（主服务器只绑定 127.0.0.1）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Set bind</source>
        <translation>设置 bind</translation>
    </message>
    <message>
        <location line="+5" />
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Added one-way delay, in each direction (a round trip gets twice).</source>
        <translation>每个方向附加的单程延迟（往返为两倍）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source> KiB/s</source>
        <translation> KiB/秒</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connections to the link are refused with a TCP reset, as a firewall's reject rule does; open ones are reset.</source>
        <translation>对该链路的连接会像防火墙的 reject 规则那样被 TCP 复位拒绝；已建立的连接也会被复位。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The seed's second failure: the master listens on 127.0.0.1 only, the replica dials another address and gets "Connection refused". Fix it by adding 127.0.0.2 to the upstream's bind.</source>
        <translation>原文中的第二个错误：主服务器只监听 127.0.0.1，从服务器连接另一个地址，得到“Connection refused”。在上游节点的 bind 中加入 127.0.0.2 即可修复。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Delay:</source>
        <translation>延迟：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bandwidth:</source>
        <translation>带宽：</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Upstream bind:</source>
        <translation>上游 bind：</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Replication link (select a replica)</source>
        <translation>复制链路（请选择一个从服务器）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replication link %1 → %2</source>
        <translation>复制链路 %1 → %2</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Proxy port %1, %2. Connections: %3. Sent to the replica: %4, to the upstream: %5, queued: %6.</source>
        <translation>代理端口 %1，%2。连接数：%3。发往从服务器：%4，发往上游：%5，排队中：%6。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>accepting</source>
        <translation>接受连接</translation>
    </message>
    <message>
        <location line="+0" />
        <source>refusing</source>
        <translation>拒绝连接</translation>
    </message>
</context>
<context>
    <name>LabLoadPanel</name>
    <message>
        <location filename="../app/ui/lab/lab_load_panel.cpp" line="+25" />
        <source>Load generator</source>
        <translation>负载生成器</translation>
    </message>
    <message>
        <location line="+2" />
        <source> ops/s</source>
        <translation> 次/秒</translation>
    </message>
    <message>
        <location line="+1" />
        <source> keys</source>
        <translation> 个键</translation>
    </message>
    <message>
        <location line="+1" />
        <source> bytes</source>
        <translation> 字节</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+57" />
        <location line="+16" />
        <source>Start load</source>
        <translation>开始加压</translation>
    </message>
    <message>
        <location line="-72" />
        <location line="+71" />
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="-53" />
        <source>Rate:</source>
        <translation>速率：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Key space:</source>
        <translation>键空间：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Value size:</source>
        <translation>值大小：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Command mix (weights):</source>
        <translation>命令比例（权重）：</translation>
    </message>
    <message>
        <location line="+40" />
        <source>The lab has no master.</source>
        <translation>实验室中没有主服务器。</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+10" />
        <source>Stop load</source>
        <translation>停止加压</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 ops/s achieved (%2 done, %3 errors)</source>
        <translation>实际 %1 次/秒（已完成 %2，错误 %3）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>not connected: %1</source>
        <translation>未连接：%1</translation>
    </message>
</context>
<context>
    <name>LabNode</name>
    <message>
        <location filename="../app/lab/lab_node.cpp" line="+50" />
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+2" />
        <source>starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <location line="+2" />
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+2" />
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+2" />
        <source>stopping</source>
        <translation>停止中</translation>
    </message>
    <message>
        <location line="+2" />
        <source>killed</source>
        <translation>已杀死</translation>
    </message>
    <message>
        <location line="+2" />
        <source>died</source>
        <translation>已意外退出</translation>
    </message>
    <message>
        <location line="+32" />
        <source>redis-server is not installed.</source>
        <translation>未安装 redis-server。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>replicadesk-node was not found next to the app.</source>
        <translation>在应用旁边找不到 replicadesk-node。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>failed to start: %1</source>
        <translation>启动失败：%1</translation>
    </message>
    <message>
        <location line="+111" />
        <source>terminated by signal %1 (%2)</source>
        <translation>被信号 %1（%2）终止</translation>
    </message>
    <message>
        <location line="+3" />
        <source>exit code %1</source>
        <translation>退出码 %1</translation>
    </message>
</context>
<context>
    <name>LabNodeTableModel</name>
    <message>
        <location filename="../app/ui/lab/lab_node_table_model.cpp" line="+70" />
        <source>%1:%2 → %3 (%4)</source>
        <translation>%1:%2 → %3（%4）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>delay %1 ms</source>
        <translation>延迟 %1 毫秒</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 KiB/s</source>
        <translation>%1 KiB/秒</translation>
    </message>
    <message>
        <location line="+2" />
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+2" />
        <source>cut</source>
        <translation>已切断</translation>
    </message>
    <message>
        <location line="+2" />
        <source>firewall reject</source>
        <translation>防火墙拒绝</translation>
    </message>
    <message>
        <location line="+2" />
        <source>dials %1</source>
        <translation>连接 %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>replica of %1</source>
        <translation>%1 的从服务器</translation>
    </message>
    <message>
        <location line="+0" />
        <source>master</source>
        <translation>主服务器</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The replica dials the lab's link proxy at %1:%2, which forwards to %3.</source>
        <translation>从服务器连接实验室的链路代理 %1:%2，由它转发到 %3。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+2" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Replication link</source>
        <translation>复制链路</translation>
    </message>
</context>
<context>
    <name>LabPanel</name>
    <message>
        <location filename="../app/ui/lab/lab_panel.cpp" line="+112" />
        <source>Node log (tail)</source>
        <translation>节点日志（末尾）</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+31" />
        <source>No lab open.</source>
        <translation>未打开实验室。</translation>
    </message>
    <message>
        <location line="-30" />
        <source>Lab %1 in %2</source>
        <translation>实验室 %1，位于 %2</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Lab</source>
        <translation>实验室</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;New lab from template</source>
        <translation>从模板新建实验室(&amp;N)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Open lab…</source>
        <translation>打开实验室(&amp;O)…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Start all nodes</source>
        <translation>启动所有节点(&amp;S)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;top all nodes</source>
        <translation>停止所有节点(&amp;T)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+44" />
        <source>Stop all nodes</source>
        <translation>停止所有节点</translation>
    </message>
    <message>
        <location line="-44" />
        <location line="+44" />
        <source>Stop every node of the lab?</source>
        <translation>停止实验室中的所有节点？</translation>
    </message>
    <message>
        <location line="-27" />
        <source>Seed</source>
        <translation>原文</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Star</source>
        <translation>星形</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chain</source>
        <translation>链式</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Seed: the seed article's master and two replicas. Star: a master and N replicas. Chain: N nodes, each replicating from the previous.</source>
        <translation>原文：原文中的一主两从。星形：一个主服务器和 N 个从服务器。链式：N 个节点，每个从前一个复制。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>N = </source>
        <translation>N = </translation>
    </message>
    <message>
        <location line="+10" />
        <source>Program for new nodes; redis-server makes a mixed lab.</source>
        <translation>新节点使用的程序；选 redis-server 可组成混合实验室。</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+186" />
        <source>New lab</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="-185" />
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start all</source>
        <translation>全部启动</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop all</source>
        <translation>全部停止</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Program:</source>
        <translation>程序：</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Start the node's process.</source>
        <translation>启动该节点的进程。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Graceful stop (SIGTERM).</source>
        <translation>正常停止（SIGTERM）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kill</source>
        <translation>杀死</translation>
    </message>
    <message>
        <location line="+0" />
        <source>SIGKILL: the node dies at once, like a crash.</source>
        <translation>SIGKILL：节点立即终止，如同崩溃。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kill node</source>
        <translation>杀死节点</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kill %1 with SIGKILL? Unsaved data is lost.</source>
        <translation>用 SIGKILL 杀死 %1？未保存的数据将丢失。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+0" />
        <source>SIGSTOP: the process freezes; connections stay open.</source>
        <translation>SIGSTOP：进程冻结，连接保持打开。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+0" />
        <source>SIGCONT.</source>
        <translation>SIGCONT。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Graceful stop, then start.</source>
        <translation>正常停止后再启动。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add replica</source>
        <translation>添加从服务器</translation>
    </message>
    <message>
        <location line="+0" />
        <source>A new replica of the selected node.</source>
        <translation>为选中节点添加一个新的从服务器。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Stop the node and delete its folder.</source>
        <translation>停止节点并删除其文件夹。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove node</source>
        <translation>移除节点</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop %1 and delete its config, data and log?</source>
        <translation>停止 %1 并删除其配置、数据和日志？</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Promote</source>
        <translation>提升为主</translation>
    </message>
    <message>
        <location line="+0" />
        <source>REPLICAOF NO ONE, then re-point the other replicas to it.</source>
        <translation>执行 REPLICAOF NO ONE，然后把其他从服务器改指向它。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Promote replica</source>
        <translation>提升从服务器</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make %1 a master and re-point the other replicas of its master to it?</source>
        <translation>把 %1 提升为主服务器，并把原主服务器的其他从服务器改指向它？</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Re-point…</source>
        <translation>改指向…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Make the replica replicate from another node.</source>
        <translation>让该从服务器改从另一个节点复制。</translation>
    </message>
    <message>
        <location line="+76" />
        <source>%1 died unexpectedly (%2). Its last log lines are below.</source>
        <translation>%1 意外退出（%2）。下方是其日志的最后几行。</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Stop the nodes of the current lab and create a new one?</source>
        <translation>停止当前实验室的节点并新建一个？</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Open lab folder</source>
        <translation>打开实验室文件夹</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open lab</source>
        <translation>打开实验室</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Stop the nodes of the current lab and open another one?</source>
        <translation>停止当前实验室的节点并打开另一个？</translation>
    </message>
    <message>
        <location line="+32" />
        <source>No other node %1 could replicate from.</source>
        <translation>没有其他可供 %1 复制的节点。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Re-point replica</source>
        <translation>改指向从服务器</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New upstream for %1:</source>
        <translation>%1 的新上游：</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Close ReplicaDesk</source>
        <translation>关闭 ReplicaDesk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The lab's nodes are running. Stop them?</source>
        <translation>实验室的节点正在运行。要停止它们吗？</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop the nodes</source>
        <translation>停止节点</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep them running</source>
        <translation>保持运行</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Kept nodes go on replicating without the lab's link shaping; reopening the lab folder later restarts them under the lab's control.</source>
        <translation>保持运行的节点会继续复制，但不再经过实验室的链路整形；以后重新打开该实验室文件夹时，会在实验室的控制下重启它们。</translation>
    </message>
</context>
<context>
    <name>LabReplicationBridge</name>
    <message>
        <location filename="../app/ui/replication/lab_replication_bridge.cpp" line="+23" />
        <source>+%1 ms</source>
        <translation>+%1 毫秒</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 KB/s</source>
        <translation>%1 KB/s</translation>
    </message>
    <message>
        <location line="+2" />
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+2" />
        <source>cut</source>
        <translation>已断开</translation>
    </message>
    <message>
        <location line="+2" />
        <source>firewall</source>
        <translation>防火墙</translation>
    </message>
    <message>
        <location line="+96" />
        <source>paused (SIGSTOP)</source>
        <translation>已暂停 (SIGSTOP)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <location line="+3" />
        <source>stopping</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <location line="+3" />
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+3" />
        <source>killed (SIGKILL)</source>
        <translation>已强制终止 (SIGKILL)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>died: %1</source>
        <translation>已退出：%1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 killed</source>
        <translation>%1 已被强制终止</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 paused</source>
        <translation>%1 已暂停</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 resumed</source>
        <translation>%1 已恢复</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 restarted</source>
        <translation>%1 已重启</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 started</source>
        <translation>%1 已启动</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 stopped</source>
        <translation>%1 已停止</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 promoted</source>
        <translation>%1 已提升为主服务器</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 re-pointed to %2</source>
        <translation>%1 已改为复制 %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 link: %2</source>
        <translation>%1 链路：%2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 bind %2</source>
        <translation>%1 bind %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 dials %2</source>
        <translation>%1 连接 %2</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1: %2 failed: %3</source>
        <translation>%1：%2 失败：%3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: %2 done</source>
        <translation>%1：%2 完成</translation>
    </message>
    <message>
        <location line="+47" />
        <source>%1 now dials 127.0.0.2, where its master does not listen (the seed's "master bound to 127.0.0.1"); it was restarted empty, as a new replica.</source>
        <translation>%1 现在连接 127.0.0.2，而其主服务器并未在该地址监听（即原文中的“主服务器绑定在 127.0.0.1”）；它已作为新的从服务器以空数据重启。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>A firewall now rejects %1's connections to its master (the seed's "No route to host"); it was restarted empty, as a new replica.</source>
        <translation>防火墙现在拒绝 %1 到其主服务器的连接（即原文中的“No route to host”）；它已作为新的从服务器以空数据重启。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Fixes can be applied to lab nodes only.</source>
        <translation>修复只能应用于实验室节点。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is not a lab node: run the commands shown instead.</source>
        <translation>%1 不是实验室节点：请改为执行所示命令。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No master for %1.</source>
        <translation>%1 没有主服务器。</translation>
    </message>
    <message>
        <location line="+33" />
        <source>There is nothing to apply for this finding.</source>
        <translation>此项诊断结果没有可应用的修复。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Applied: %1</source>
        <translation>已应用：%1</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Start %1</source>
        <translation>启动 %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Kill %1 (SIGKILL)</source>
        <translation>强制终止 %1 (SIGKILL)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kill node</source>
        <translation>杀死节点</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kill %1 with SIGKILL? Unsaved data is lost.</source>
        <translation>用 SIGKILL 杀死 %1？未保存的数据将丢失。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Resume %1</source>
        <translation>恢复 %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Pause %1 (SIGSTOP)</source>
        <translation>暂停 %1 (SIGSTOP)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Restart %1</source>
        <translation>重启 %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Promote %1 to master</source>
        <translation>将 %1 提升为主服务器</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Promote replica</source>
        <translation>提升从服务器</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make %1 a master and re-point the other replicas of its master to it?</source>
        <translation>把 %1 提升为主服务器，并把原主服务器的其他从服务器改指向它？</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Reconnect the link</source>
        <translation>重新连接链路</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cut the link</source>
        <translation>断开链路</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Let the link flow</source>
        <translation>恢复链路流量</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Hold the link (pause traffic)</source>
        <translation>阻塞链路（暂停流量）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove the added latency</source>
        <translation>移除附加延迟</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add 200 ms latency</source>
        <translation>增加 200 毫秒延迟</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reproduce the seed's failures</source>
        <translation>重现原文中的故障</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Master bound to 127.0.0.1 (Connection refused)</source>
        <translation>主服务器绑定在 127.0.0.1 (Connection refused)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Firewall blocks the master's port</source>
        <translation>防火墙拦截主服务器端口</translation>
    </message>
</context>
<context>
    <name>LabTemplate</name>
    <message>
        <location filename="../app/lab/lab_template.cpp" line="+53" />
        <source>Unknown lab template "%1": use seed, star:N or chain:N.</source>
        <translation>未知的实验室模板“%1”：请使用 seed、star:N 或 chain:N。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Malformed lab template "%1".</source>
        <translation>实验室模板“%1”格式错误。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>"%1": N must be between %2 and %3.</source>
        <translation>“%1”：N 必须在 %2 到 %3 之间。</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Seed (master + 2 replicas)</source>
        <translation>原文（一主两从）</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Star (master + %n replica(s))</source>
        <translation>
            <numerusform>星形（一主 %n 从）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Chain (%n node(s) in a row)</source>
        <translation>
            <numerusform>链式（%n 个节点串联）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LagChartView</name>
    <message>
        <location filename="../app/ui/replication/lag_chart_view.cpp" line="+62" />
        <source>full sync</source>
        <translation>全量同步</translation>
    </message>
    <message>
        <location line="+2" />
        <source>partial resync</source>
        <translation>部分重同步</translation>
    </message>
    <message>
        <location line="+2" />
        <source>link down</source>
        <translation>链路断开</translation>
    </message>
    <message>
        <location line="+2" />
        <source>link up</source>
        <translation>链路连通</translation>
    </message>
    <message>
        <location line="+2" />
        <source>lab</source>
        <translation>实验室</translation>
    </message>
    <message>
        <location line="+49" />
        <source>byte lag</source>
        <translation>字节延迟</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+234" />
        <source>lag ms</source>
        <translation>延迟（毫秒）</translation>
    </message>
    <message>
        <location line="-234" />
        <source>ACK age s</source>
        <translation>ACK 间隔（秒）</translation>
    </message>
    <message>
        <location line="+41" />
        <source>30 s</source>
        <translation>30 秒</translation>
    </message>
    <message>
        <location line="+1" />
        <source>1 min</source>
        <translation>1 分钟</translation>
    </message>
    <message>
        <location line="+1" />
        <source>5 min</source>
        <translation>5 分钟</translation>
    </message>
    <message>
        <location line="+1" />
        <source>15 min</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <location line="+1" />
        <source>1 h</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+59" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="-56" />
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Follow the newest samples again after zooming or panning</source>
        <translation>缩放或平移后重新跟随最新采样</translation>
    </message>
    <message>
        <location line="+1" />
        <source>lag ms: when the master wrote the first byte the replica has not applied yet (estimated from the master's offset history); ACK age: seconds since the replica's last REPLCONF ACK</source>
        <translation>延迟（毫秒）：主服务器写入从服务器尚未应用的第一个字节至今的时间（根据主服务器的偏移量历史估算）；ACK 间隔：距从服务器上一次 REPLCONF ACK 的秒数</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Window:</source>
        <translation>时间窗口：</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+117" />
        <source>lag ms (measured/est.)</source>
        <translation>延迟毫秒（实测/估算）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>lag ms (measured)</source>
        <translation>延迟毫秒（实测）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>lag ms (estimated)</source>
        <translation>延迟毫秒（估算）</translation>
    </message>
    <message>
        <location line="+180" />
        <source>Export lag as CSV</source>
        <translation>将延迟导出为 CSV</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Export lag chart as PNG</source>
        <translation>将延迟图导出为 PNG</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../app/ui/language_menu.cpp" line="+11" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The new language applies after ReplicaDesk restarts. Restart now?</source>
        <translation>新的语言将在 ReplicaDesk 重启后生效。现在重启吗？</translation>
    </message>
</context>
<context>
    <name>LinkStateDeriver</name>
    <message>
        <location filename="../app/model/replication/link_state_deriver.cpp" line="+69" />
        <source>full resync inferred: the master's sync_full went from %1 to %2</source>
        <translation>推断为全量重同步：主服务器的 sync_full 从 %1 变为 %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>full resync inferred: master_replid changed</source>
        <translation>推断为全量重同步：master_replid 已变化</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ROLE: connected (after a full resync between samples)</source>
        <translation>ROLE：connected（两次采样之间发生了全量重同步）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>partial resync: the master's sync_partial_ok went from %1 to %2</source>
        <translation>部分重同步：主服务器的 sync_partial_ok 从 %1 变为 %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ROLE: connected without a sampled transfer (partial resync inferred)</source>
        <translation>ROLE：connected，且未采样到传输（推断为部分重同步）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>INFO: role:master</source>
        <translation>INFO: role:master</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ROLE: %1</source>
        <translation>ROLE：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>INFO: master_link_status:up</source>
        <translation>INFO: master_link_status:up</translation>
    </message>
    <message>
        <location line="+2" />
        <source>INFO: loading:1</source>
        <translation>INFO: loading:1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>INFO: master_sync_in_progress:1</source>
        <translation>INFO: master_sync_in_progress:1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>INFO: master_link_status:down (down for %1 s)</source>
        <translation>INFO: master_link_status:down（已断开 %1 秒）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>INFO: master_link_status:down</source>
        <translation>INFO: master_link_status:down</translation>
    </message>
</context>
<context>
    <name>LinkStateStyle</name>
    <message>
        <location filename="../app/ui/replication/link_state_style.cpp" line="+44" />
        <source>not a replica</source>
        <translation>不是从服务器</translation>
    </message>
    <message>
        <location line="+2" />
        <source>down</source>
        <translation>断开</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+32" />
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <location line="-30" />
        <source>handshake</source>
        <translation>握手</translation>
    </message>
    <message>
        <location line="+2" />
        <source>syncing</source>
        <translation>同步中</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+73" />
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location line="-63" />
        <source>handshake (%1)</source>
        <translation>握手 (%1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>syncing %1%</source>
        <translation>同步中 %1%</translation>
    </message>
    <message>
        <location line="+2" />
        <source>down (%1)</source>
        <translation>断开 (%1)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+4" />
        <source>PING</source>
        <translation>PING</translation>
    </message>
    <message>
        <location line="+2" />
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <location line="+2" />
        <source>REPLCONF port</source>
        <translation>REPLCONF port</translation>
    </message>
    <message>
        <location line="+2" />
        <source>REPLCONF capa</source>
        <translation>REPLCONF capa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PSYNC</source>
        <translation>PSYNC</translation>
    </message>
    <message>
        <location line="+2" />
        <source>snapshot transfer</source>
        <translation>快照传输</translation>
    </message>
    <message>
        <location line="+2" />
        <source>load snapshot</source>
        <translation>载入快照</translation>
    </message>
    <message>
        <location line="+2" />
        <source>backlog</source>
        <translation>积压缓冲区</translation>
    </message>
    <message>
        <location line="+2" />
        <source>command stream</source>
        <translation>命令流</translation>
    </message>
    <message>
        <location line="+9" />
        <source>retry every second</source>
        <translation>每秒重试</translation>
    </message>
    <message>
        <location line="+2" />
        <source>TCP connect</source>
        <translation>TCP 连接</translation>
    </message>
    <message>
        <location line="+2" />
        <source>is the master alive?</source>
        <translation>主服务器是否存活？</translation>
    </message>
    <message>
        <location line="+2" />
        <source>masterauth</source>
        <translation>masterauth</translation>
    </message>
    <message>
        <location line="+2" />
        <source>listening-port / ip</source>
        <translation>listening-port / ip</translation>
    </message>
    <message>
        <location line="+2" />
        <source>eof, psync2</source>
        <translation>eof, psync2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>replid + offset</source>
        <translation>replid + 偏移量</translation>
    </message>
    <message>
        <location line="+2" />
        <source>full sync: RDB</source>
        <translation>全量同步：RDB</translation>
    </message>
    <message>
        <location line="+2" />
        <source>flush, load RDB</source>
        <translation>清空数据，载入 RDB</translation>
    </message>
    <message>
        <location line="+2" />
        <source>partial resync</source>
        <translation>部分重同步</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Source: node state history (REPLSTATE, exact)</source>
        <translation>来源：节点状态历史（REPLSTATE，精确）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Source: derived from the replica's log file</source>
        <translation>来源：根据从服务器的日志文件推断</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Source: derived from INFO/ROLE samples (coarse)</source>
        <translation>来源：根据 INFO/ROLE 采样推断（粗略）</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/main.cpp" line="+108" />
        <source>ReplicaDesk</source>
        <translation>ReplicaDesk</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.cpp" line="+20" />
        <source>ReplicaDesk — Redis replication lab</source>
        <translation>ReplicaDesk — Redis 主从复制实验室</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+79" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Lab</source>
        <translation>实验室(&amp;L)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Close page</source>
        <translation>关闭页面(&amp;C)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;About ReplicaDesk</source>
        <translation>关于 ReplicaDesk(&amp;A)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>MetricChart</name>
    <message>
        <location filename="../app/ui/dashboard/metric_chart.cpp" line="+212" />
        <source>Follow live</source>
        <translation>实时跟随</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export chart as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export chart data as CSV</source>
        <translation>将图表数据导出为 CSV</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>NodeConfig</name>
    <message>
        <location filename="../app/lab/node_config.cpp" line="+98" />
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>NodeConsole</name>
    <message>
        <location filename="../app/ui/console/node_console.cpp" line="+56" />
        <source>Type a command, e.g. INFO replication (Tab completes, Up/Down browse history)</source>
        <translation>输入命令，例如 INFO replication（输入时自动补全，上/下键浏览历史）</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Confirm command</source>
        <translation>确认命令</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Connected console to %1. Replies are shown as redis-cli prints them.</source>
        <translation>控制台已连接到 %1。回复按 redis-cli 的格式显示。</translation>
    </message>
    <message>
        <location line="+93" />
        <source>%1 turns the connection into a message stream; it is not available in this console.</source>
        <translation>%1 会把连接变成消息流，此控制台不支持。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Run "%1" on %2?

This can delete data or stop the server.</source>
        <translation>在 %2 上执行“%1”？

这可能删除数据或停止服务器。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(cancelled)</source>
        <translation>（已取消）</translation>
    </message>
</context>
<context>
    <name>NodeDashboard</name>
    <message>
        <location filename="../app/ui/dashboard/node_dashboard.cpp" line="+27" />
        <source>master</source>
        <translation>主服务器</translation>
    </message>
    <message>
        <location line="+2" />
        <source>replica</source>
        <translation>从服务器</translation>
    </message>
    <message>
        <location line="+2" />
        <source>sentinel</source>
        <translation>哨兵</translation>
    </message>
    <message>
        <location line="+4" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Uptime</source>
        <translation>运行时间</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+33" />
        <source>Clients</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location line="-32" />
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ops/s</source>
        <translation>每秒操作数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Network in / out</source>
        <translation>网络 入 / 出</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keys</source>
        <translation>键</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Persistence</source>
        <translation>持久化</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replication</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open console</source>
        <translation>打开控制台</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Slowlog</source>
        <translation>慢日志</translation>
    </message>
    <message>
        <location line="+2" />
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Time window:</source>
        <translation>时间窗口：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>1 minute</source>
        <translation>1 分钟</translation>
    </message>
    <message>
        <location line="+1" />
        <source>5 minutes</source>
        <translation>5 分钟</translation>
    </message>
    <message>
        <location line="+1" />
        <source>15 minutes</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <location line="+1" />
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Drag or wheel to pan and zoom; double click to follow live; right click to export.</source>
        <translation>拖动或滚轮可平移和缩放；双击恢复实时跟随；右键导出。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Operations per second</source>
        <translation>每秒操作数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ops/s</source>
        <translation>操作/秒</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Used memory</source>
        <translation>已用内存</translation>
    </message>
    <message>
        <location line="+1" />
        <source>used_memory</source>
        <translation>used_memory</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connected clients</source>
        <translation>已连接客户端</translation>
    </message>
    <message>
        <location line="+1" />
        <source>clients</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+1" />
        <source>in</source>
        <translation>入</translation>
    </message>
    <message>
        <location line="+1" />
        <source>out</source>
        <translation>出</translation>
    </message>
    <message>
        <location line="+86" />
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location line="+4" />
        <source>connecting…</source>
        <translation>连接中…</translation>
    </message>
    <message>
        <location line="+20" />
        <source>db%1: %2 keys, %3 with expiry</source>
        <translation>db%1：%2 个键，其中 %3 个有过期时间</translation>
    </message>
    <message>
        <location line="+7" />
        <source>loading dataset</source>
        <translation>正在加载数据集</translation>
    </message>
    <message>
        <location line="+2" />
        <source>saving RDB</source>
        <translation>正在保存 RDB</translation>
    </message>
    <message>
        <location line="+2" />
        <source>RDB %1, %2 changes since save</source>
        <translation>RDB %1，上次保存后有 %2 次修改</translation>
    </message>
    <message>
        <location line="+4" />
        <source>, AOF on</source>
        <translation>，AOF 已开启</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Last save: %1</source>
        <translation>上次保存：%1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>of %1:%2, link %3</source>
        <translation>主服务器 %1:%2，链路 %3</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n 个从服务器</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodeMonitor</name>
    <message>
        <location filename="../app/model/node_monitor.cpp" line="+218" />
        <source>Operations/s</source>
        <translation>操作/秒</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Used memory</source>
        <translation>已用内存</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connected clients</source>
        <translation>已连接客户端</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Network in</source>
        <translation>网络入</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Network out</source>
        <translation>网络出</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Replication offset</source>
        <translation>复制偏移量</translation>
    </message>
</context>
<context>
    <name>NodePicker</name>
    <message>
        <location filename="../app/ui/keys/node_picker.cpp" line="+31" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No server — connect one in the Connections dock</source>
        <translation>无服务器 — 请在“连接”面板中连接一个</translation>
    </message>
</context>
<context>
    <name>NodeRole</name>
    <message>
        <location filename="../app/model/node_role.cpp" line="+9" />
        <source>master</source>
        <translation>主服务器</translation>
    </message>
    <message>
        <location line="+2" />
        <source>replica</source>
        <translation>从服务器</translation>
    </message>
    <message>
        <location line="+2" />
        <source>sentinel</source>
        <translation>哨兵</translation>
    </message>
</context>
<context>
    <name>RedisCliText</name>
    <message>
        <location filename="../app/client/redis_cli_text.cpp" line="+126" />
        <source>Invalid argument(s): unbalanced quotes</source>
        <translation>参数无效：引号不匹配</translation>
    </message>
</context>
<context>
    <name>RedisConfImport</name>
    <message>
        <location filename="../app/model/redis_conf_import.cpp" line="+50" />
        <source>The server listens on every address; connecting to 127.0.0.1. Change the host if the server runs elsewhere.</source>
        <translation>服务器监听所有地址；将连接 127.0.0.1。如果服务器在其他机器上运行，请修改主机。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The server also accepts TLS on port %1.</source>
        <translation>服务器还在端口 %1 上接受 TLS 连接。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>If the server requires client certificates (tls-auth-clients), choose a client certificate and key.</source>
        <translation>如果服务器要求客户端证书（tls-auth-clients），请选择客户端证书和私钥。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The password comes from requirepass.</source>
        <translation>密码取自 requirepass。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This server is a replica of %1.</source>
        <translation>该服务器是 %1 的从服务器。</translation>
    </message>
</context>
<context>
    <name>ReplicationFeed</name>
    <message>
        <location filename="../app/model/replication/replication_feed.cpp" line="+404" />
        <source>%1 does not answer: %2</source>
        <translation>%1 无应答：%2</translation>
    </message>
    <message>
        <location line="+252" />
        <source>The replica's master address is not known yet.</source>
        <translation>尚不知道从服务器的主服务器地址。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1:%2 accepts connections from this computer.</source>
        <translation>%1:%2 接受来自本机的连接。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1:%2 cannot be reached from this computer: %3</source>
        <translation>本机无法连接 %1:%2：%3</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Connection timed out</source>
        <translation>连接超时</translation>
    </message>
</context>
<context>
    <name>ReplicationWorkspace</name>
    <message>
        <location filename="../app/ui/replication/replication_workspace.cpp" line="+55" />
        <source>Topology</source>
        <translation>拓扑</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replication lag</source>
        <translation>复制延迟</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sync state machine</source>
        <translation>同步状态机</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Doctor</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+2" />
        <source>Reachability</source>
        <translation>连通性</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Replication</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Replication</source>
        <translation>复制(&amp;R)</translation>
    </message>
</context>
<context>
    <name>RespConnectionWorker</name>
    <message>
        <location filename="../app/client/resp_connection_worker.cpp" line="+21" />
        <source>no connection within %1 ms</source>
        <translation>%1 毫秒内未能建立连接</translation>
    </message>
    <message>
        <location line="+109" />
        <source>this system has no TLS library</source>
        <translation>本系统没有 TLS 库</translation>
    </message>
    <message>
        <location line="+7" />
        <source>cannot read a CA certificate from %1</source>
        <translation>无法从 %1 读取 CA 证书</translation>
    </message>
    <message>
        <location line="+8" />
        <source>cannot read the client certificate %1</source>
        <translation>无法读取客户端证书 %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>cannot open the private key %1</source>
        <translation>无法打开私钥 %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>cannot read the private key %1</source>
        <translation>无法读取私钥 %1</translation>
    </message>
    <message>
        <location line="+126" />
        <source>no reply within the command timeout</source>
        <translation>命令超时时间内没有回复</translation>
    </message>
</context>
<context>
    <name>RoleReply</name>
    <message>
        <location filename="../app/model/role_reply.cpp" line="+51" />
        <source>ROLE did not return an array</source>
        <translation>ROLE 没有返回数组</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Malformed master ROLE</source>
        <translation>主服务器 ROLE 回复格式错误</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Malformed replica ROLE</source>
        <translation>从服务器 ROLE 回复格式错误</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Unknown role '%1'</source>
        <translation>未知角色“%1”</translation>
    </message>
</context>
<context>
    <name>ScannedValueModel</name>
    <message>
        <location filename="../app/model/keys/value_page_model.cpp" line="+165" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Member</source>
        <translation>成员</translation>
    </message>
</context>
<context>
    <name>ServersController</name>
    <message>
        <location filename="../app/ui/connections/servers_controller.cpp" line="+79" />
        <source>&amp;New connection…</source>
        <translation>新建连接(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Connect to URL…</source>
        <translation>连接到 URL(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Import redis.conf…</source>
        <translation>导入 redis.conf(&amp;I)…</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+7" />
        <source>Connect to URL</source>
        <translation>连接到 URL</translation>
    </message>
    <message>
        <location line="-6" />
        <source>redis://[user:password@]host:port[/db]</source>
        <translation>redis://[用户:密码@]主机:端口[/数据库]</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Password for %1 (not saved: no keychain entry):</source>
        <translation>%1 的密码（未保存：钥匙串中没有记录）：</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Console: %1</source>
        <translation>控制台：%1</translation>
    </message>
</context>
<context>
    <name>SlowlogView</name>
    <message>
        <location filename="../app/ui/dashboard/slowlog_view.cpp" line="+42" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Duration (µs)</source>
        <translation>耗时（微秒）</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reset slowlog…</source>
        <translation>清空慢日志…</translation>
    </message>
    <message numerus="yes">
        <location line="+80" />
        <source>%n slow command(s)</source>
        <translation>
            <numerusform>%n 条慢命令</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>Reset slowlog</source>
        <translation>清空慢日志</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete every entry of the slowlog on %1?</source>
        <translation>删除 %1 上慢日志的所有条目？</translation>
    </message>
</context>
<context>
    <name>StringValueEditor</name>
    <message>
        <location filename="../app/ui/keys/string_value_editor.cpp" line="+20" />
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+1" />
        <source>JSON (pretty)</source>
        <translation>JSON（格式化）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Save value</source>
        <translation>保存值</translation>
    </message>
    <message>
        <location line="+4" />
        <source>View as:</source>
        <translation>显示为：</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Showing the first %L1 of %L2 bytes. Large values are not edited here.</source>
        <translation>显示 %L2 字节中的前 %L1 字节。大值不在此编辑。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%L1 bytes</source>
        <translation>%L1 字节</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Not JSON: %1</source>
        <translation>不是 JSON：%1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>A \x escape needs two hex digits.</source>
        <translation>\x 转义需要两位十六进制数字。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Not valid JSON: %1</source>
        <translation>无效的 JSON：%1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Hex digits come in pairs (00-ff).</source>
        <translation>十六进制数字须成对出现 (00-ff)。</translation>
    </message>
</context>
<context>
    <name>SyncComparePanel</name>
    <message>
        <location filename="../app/ui/keys/sync_compare_panel.cpp" line="+68" />
        <source>Synced? — select a key or namespace and press "Synced?"</source>
        <translation>已同步？— 选择一个键或命名空间，然后点击“已同步？”</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only diverged keys</source>
        <translation>仅显示不一致的键</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Export diverged keys</source>
        <translation>导出不一致的键</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No server selected.</source>
        <translation>未选择服务器。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 has no replica (or its master is not monitored): add the rest of its replication group in the Connections dock to compare.</source>
        <translation>%1 没有从服务器（或其主服务器未被监控）：请在“连接”面板中添加其复制组的其余成员后再比较。</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>Synced? %1 in db%2: master %3 against %n replica(s)</source>
        <translation>
            <numerusform>已同步？db%2 中的 %1：主服务器 %3 对比 %n 个从服务器</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23" />
        <source>key</source>
        <translation>键</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n 个键</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>pattern %1</source>
        <translation>模式 %1</translation>
    </message>
    <message>
        <location line="+33" />
        <source>values by DEBUG DIGEST-VALUE</source>
        <translation>值通过 DEBUG DIGEST-VALUE 比较</translation>
    </message>
    <message>
        <location line="+3" />
        <source>values by DUMP bytes (confirmed by a paged digest when they differ)</source>
        <translation>值通过 DUMP 字节比较（不同时用分页摘要确认）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>values by a paged digest</source>
        <translation>值通过分页摘要比较</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%L1 key checked: %L2 synced, %L3 missing, %L4 only on a replica, %L5 differ, %L6 in flight.</source>
        <translation>已检查 %L1 个键：%L2 个已同步，%L3 个缺失，%L4 个仅在从服务器上，%L5 个不同，%L6 个传输中。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%L1 keys checked: %L2 synced, %L3 missing, %L4 only on a replica, %L5 differ, %L6 in flight.</source>
        <translation>已检查 %L1 个键：%L2 个已同步，%L3 个缺失，%L4 个仅在从服务器上，%L5 个不同，%L6 个传输中。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Compared %1.</source>
        <translation>已比较 %1。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Done in %L1 ms.</source>
        <translation>完成，用时 %L1 毫秒。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
</context>
<context>
    <name>SyncComparison</name>
    <message>
        <location filename="../app/model/keys/sync_comparison.cpp" line="+150" />
        <source>%1 is not connected</source>
        <translation>%1 未连接</translation>
    </message>
    <message>
        <location line="+63" />
        <source>SCAN on %1 failed: %2</source>
        <translation>在 %1 上执行 SCAN 失败：%2</translation>
    </message>
</context>
<context>
    <name>SyncResultModel</name>
    <message>
        <location filename="../app/model/keys/sync_result_model.cpp" line="+120" />
        <source>no expiry</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+26" />
        <location line="+23" />
        <source>(absent)</source>
        <translation>（不存在）</translation>
    </message>
    <message>
        <location line="-14" />
        <source>differs: %1</source>
        <translation>不同：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>in flight: %1 behind</source>
        <translation>传输中：落后 %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The replica has not yet processed %1 of the master's replication stream; this key may change once it has.</source>
        <translation>从服务器尚有 %1 的主服务器复制流未处理；处理完后此键可能会变化。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Replica: type %1, TTL %2</source>
        <translation>从服务器：类型 %1，TTL %2</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type (master)</source>
        <translation>类型（主）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>TTL (master)</source>
        <translation>TTL（主）</translation>
    </message>
</context>
<context>
    <name>SyncStateDiagram</name>
    <message>
        <location filename="../app/ui/replication/sync_state_diagram.cpp" line="+239" />
        <source>handshake</source>
        <translation>握手</translation>
    </message>
    <message>
        <location line="+2" />
        <source>full sync</source>
        <translation>全量同步</translation>
    </message>
</context>
<context>
    <name>SyncStateView</name>
    <message>
        <location filename="../app/ui/replication/sync_state_view.cpp" line="+82" />
        <source>Snapshot transfer:</source>
        <translation>快照传输：</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Master side of the link</source>
        <translation>链路的主服务器端</translation>
    </message>
    <message>
        <location line="+109" />
        <source>No replica selected</source>
        <translation>未选择从服务器</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select a replica or a link in the topology.</source>
        <translation>请在拓扑中选择一个从服务器或一条链路。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <location line="+34" />
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 received (diskless: size unknown)</source>
        <translation>已接收 %1（无盘复制：大小未知）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>, %1/s</source>
        <translation>，%1/s</translation>
    </message>
    <message>
        <location line="+3" />
        <source>, ETA %1 s</source>
        <translation>，预计还需 %1 秒</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Last error: %1</source>
        <translation>最近的错误：%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The master sees this replica as: %1</source>
        <translation>主服务器看到的此从服务器状态：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Acknowledged offset: %1</source>
        <translation>已确认偏移量：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Backlog: %1, first byte offset %2, holds %3</source>
        <translation>积压缓冲区：%1，首字节偏移量 %2，已存 %3</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The replica still needs %1</source>
        <translation>从服务器仍需 %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source> (%1% of the backlog)</source>
        <translation>（积压缓冲区的 %1%）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>; a reconnect now could resync partially</source>
        <translation>；此时重连可以部分重同步</translation>
    </message>
    <message>
        <location line="+1" />
        <source>; a reconnect now needs a full sync</source>
        <translation>；此时重连需要全量同步</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Lab link shaping: %1</source>
        <translation>实验室链路整形：%1</translation>
    </message>
</context>
<context>
    <name>SyncVerdict</name>
    <message>
        <location filename="../app/model/keys/sync_verdict.cpp" line="+10" />
        <source>checking</source>
        <translation>检查中</translation>
    </message>
    <message>
        <location line="+2" />
        <source>synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <location line="+2" />
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+2" />
        <source>only on replica</source>
        <translation>仅在从服务器</translation>
    </message>
    <message>
        <location line="+2" />
        <source>differs</source>
        <translation>不同</translation>
    </message>
    <message>
        <location line="+2" />
        <source>in flight</source>
        <translation>传输中</translation>
    </message>
    <message>
        <location line="+2" />
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+30" />
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2" />
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <location line="+2" />
        <source>value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <location filename="../app/ui/theme_menu.cpp" line="+8" />
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Follow the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
</context>
<context>
    <name>TopologyView</name>
    <message>
        <location filename="../app/ui/replication/topology_view.cpp" line="+218" />
        <source>lag %1 · ack %2 s</source>
        <translation>延迟 %1 · ack %2 秒</translation>
    </message>
    <message>
        <location line="+149" />
        <source>unknown role</source>
        <translation>未知角色</translation>
    </message>
    <message>
        <location line="+17" />
        <source>up</source>
        <translation>连通</translation>
    </message>
    <message>
        <location line="+3" />
        <source>down</source>
        <translation>断开</translation>
    </message>
    <message>
        <location line="+3" />
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+3" />
        <source>loading</source>
        <translation>载入中</translation>
    </message>
    <message>
        <location line="+3" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n 个键</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13" />
        <source>lab</source>
        <translation>实验室</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No replication group yet.
Start a lab or connect to a server.</source>
        <translation>尚无复制组。
请启动实验室或连接服务器。</translation>
    </message>
</context>
<context>
    <name>TransitionTableModel</name>
    <message>
        <location filename="../app/model/replication/transition_table_model.cpp" line="+78" />
        <source>full sync: snapshot transfer</source>
        <translation>全量同步：快照传输</translation>
    </message>
    <message>
        <location line="+2" />
        <source>full sync: loading the snapshot</source>
        <translation>全量同步：载入快照</translation>
    </message>
    <message>
        <location line="+2" />
        <source>full sync done, link up</source>
        <translation>全量同步完成，链路连通</translation>
    </message>
    <message>
        <location line="+2" />
        <source>partial resync, link up</source>
        <translation>部分重同步，链路连通</translation>
    </message>
    <message>
        <location line="+2" />
        <source>link down</source>
        <translation>链路断开</translation>
    </message>
    <message>
        <location line="+2" />
        <source>link up</source>
        <translation>链路连通</translation>
    </message>
    <message>
        <location line="+2" />
        <source>attempt failed</source>
        <translation>尝试失败</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no longer a replica</source>
        <translation>不再是从服务器</translation>
    </message>
    <message>
        <location line="+28" />
        <source>transfer (loading)</source>
        <translation>传输（载入中）</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+2" />
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ValueDigest</name>
    <message>
        <location filename="../app/model/keys/value_digest.cpp" line="+66" />
        <source>No digest for this type</source>
        <translation>此类型没有摘要</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Unexpected reply</source>
        <translation>意外的应答</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../app/ui/welcome_page.cpp" line="+14" />
        <source>&lt;h1&gt;ReplicaDesk&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;ReplicaDesk&lt;/h1&gt;</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Start a local lab of one master and two replicas, or connect to Redis servers you already run, and watch replication at work.</source>
        <translation>启动一个由一个主服务器和两个从服务器组成的本地实验室，或连接已在运行的 Redis 服务器，观察主从复制的运行过程。</translation>
    </message>
</context>
<context>
    <name>WriteResult</name>
    <message>
        <location filename="../app/model/keys/write_result.cpp" line="+12" />
        <source>This node is a read-only replica (replica-read-only yes): it only takes writes from its master. Make the change on the master; replication will bring it here.</source>
        <translation>此节点是只读从服务器 (replica-read-only yes)：它只接受来自主服务器的写入。请在主服务器上修改，复制会把修改带到这里。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This node is a read-only replica (replica-read-only yes): it only takes writes from its master. Make the change on the master (%1); replication will bring it here.</source>
        <translation>此节点是只读从服务器 (replica-read-only yes)：它只接受来自主服务器的写入。请在主服务器 (%1) 上修改，复制会把修改带到这里。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This replica has lost its master and replica-serve-stale-data is no, so it answers nothing until the link is back.</source>
        <translation>此从服务器已与主服务器断开，且 replica-serve-stale-data 为 no，因此在链路恢复前不应答任何请求。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The key holds another type of value than this command works on.</source>
        <translation>该键保存的值类型与此命令所操作的类型不符。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server asks for a password: set it in the connection profile.</source>
        <translation>服务器要求密码：请在连接配置中设置。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server reached maxmemory and its policy refuses new writes.</source>
        <translation>服务器已达到 maxmemory，其淘汰策略拒绝新的写入。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A key with that name already exists.</source>
        <translation>同名的键已存在。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The ACL user of this connection may not run this command or touch this key.</source>
        <translation>此连接的 ACL 用户无权执行此命令或访问此键。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The key does not exist any more (deleted or expired meanwhile).</source>
        <translation>该键已不存在（期间已被删除或已过期）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Server reply: %1</source>
        <translation>服务器应答：%1</translation>
    </message>
</context>
<context>
    <name>valueFormat</name>
    <message>
        <location filename="../app/ui/dashboard/value_format.cpp" line="+24" />
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
</context>
</TS>