#!/usr/bin/env node
import{createRequire as __WEBPACK_EXTERNAL_createRequire}from"module";var __webpack_modules__={
70486:(module,__unused_webpack___webpack_exports__,__nccwpck_require__)=>{
__nccwpck_require__.a(module,async(__webpack_handle_async_dependencies__,__webpack_async_result__)=>{try{
var _main_js__WEBPACK_IMPORTED_MODULE_0__=__nccwpck_require__(90836)
;for(const stream of[process.stdout,process.stderr])stream.on("error",err=>{if(err.code!=="EPIPE")throw err})
;const code=await(0,_main_js__WEBPACK_IMPORTED_MODULE_0__.i)(process.argv.slice(2),{
out:line=>process.stdout.write(line+"\n"),err:line=>process.stderr.write(line+"\n"),cwd:process.cwd(),env:process.env})
;process.exitCode=code;__webpack_async_result__()}catch(e){__webpack_async_result__(e)}},1)},
90836:(__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{
i:()=>main});var actor_name=__nccwpck_require__(67796);var errors=__nccwpck_require__(74296)
;var version=__nccwpck_require__(83323);const commands=[{name:"run",
load:async()=>(await Promise.all([__nccwpck_require__.e(436),__nccwpck_require__.e(697),__nccwpck_require__.e(769),__nccwpck_require__.e(648),__nccwpck_require__.e(291),__nccwpck_require__.e(392),__nccwpck_require__.e(684),__nccwpck_require__.e(38),__nccwpck_require__.e(562),__nccwpck_require__.e(948)]).then(__nccwpck_require__.bind(__nccwpck_require__,57948))).command
},{name:"status",
load:async()=>(await Promise.all([__nccwpck_require__.e(769),__nccwpck_require__.e(648),__nccwpck_require__.e(291),__nccwpck_require__.e(684),__nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__,46171))).command
},{name:"approve",
load:async()=>(await Promise.all([__nccwpck_require__.e(436),__nccwpck_require__.e(769),__nccwpck_require__.e(648),__nccwpck_require__.e(291),__nccwpck_require__.e(392),__nccwpck_require__.e(684),__nccwpck_require__.e(598)]).then(__nccwpck_require__.bind(__nccwpck_require__,97598))).approve
},{name:"reject",
load:async()=>(await Promise.all([__nccwpck_require__.e(436),__nccwpck_require__.e(769),__nccwpck_require__.e(648),__nccwpck_require__.e(291),__nccwpck_require__.e(392),__nccwpck_require__.e(684),__nccwpck_require__.e(598)]).then(__nccwpck_require__.bind(__nccwpck_require__,97598))).reject
},{name:"resume",
load:async()=>(await Promise.all([__nccwpck_require__.e(436),__nccwpck_require__.e(697),__nccwpck_require__.e(769),__nccwpck_require__.e(648),__nccwpck_require__.e(291),__nccwpck_require__.e(392),__nccwpck_require__.e(684),__nccwpck_require__.e(38),__nccwpck_require__.e(562),__nccwpck_require__.e(267)]).then(__nccwpck_require__.bind(__nccwpck_require__,60648))).resume
},{name:"retry",
load:async()=>(await Promise.all([__nccwpck_require__.e(436),__nccwpck_require__.e(697),__nccwpck_require__.e(769),__nccwpck_require__.e(648),__nccwpck_require__.e(291),__nccwpck_require__.e(392),__nccwpck_require__.e(684),__nccwpck_require__.e(38),__nccwpck_require__.e(562),__nccwpck_require__.e(267)]).then(__nccwpck_require__.bind(__nccwpck_require__,60648))).retry
},{name:"verify",
load:async()=>(await Promise.all([__nccwpck_require__.e(436),__nccwpck_require__.e(697),__nccwpck_require__.e(769),__nccwpck_require__.e(648),__nccwpck_require__.e(291),__nccwpck_require__.e(392),__nccwpck_require__.e(684),__nccwpck_require__.e(38),__nccwpck_require__.e(631),__nccwpck_require__.e(351),__nccwpck_require__.e(199)]).then(__nccwpck_require__.bind(__nccwpck_require__,27199))).command
},{name:"pack",
load:async()=>(await Promise.all([__nccwpck_require__.e(697),__nccwpck_require__.e(648),__nccwpck_require__.e(291),__nccwpck_require__.e(631),__nccwpck_require__.e(656)]).then(__nccwpck_require__.bind(__nccwpck_require__,39944))).command
},{name:"unpack",
load:async()=>(await Promise.all([__nccwpck_require__.e(697),__nccwpck_require__.e(648),__nccwpck_require__.e(38),__nccwpck_require__.e(927)]).then(__nccwpck_require__.bind(__nccwpck_require__,93927))).command
},{name:"replay",
load:async()=>(await Promise.all([__nccwpck_require__.e(436),__nccwpck_require__.e(697),__nccwpck_require__.e(769),__nccwpck_require__.e(648),__nccwpck_require__.e(291),__nccwpck_require__.e(392),__nccwpck_require__.e(684),__nccwpck_require__.e(38),__nccwpck_require__.e(562),__nccwpck_require__.e(631),__nccwpck_require__.e(351),__nccwpck_require__.e(2)]).then(__nccwpck_require__.bind(__nccwpck_require__,42002))).command
},{name:"serve",
load:async()=>(await Promise.all([__nccwpck_require__.e(436),__nccwpck_require__.e(697),__nccwpck_require__.e(769),__nccwpck_require__.e(637),__nccwpck_require__.e(648),__nccwpck_require__.e(291),__nccwpck_require__.e(392),__nccwpck_require__.e(684),__nccwpck_require__.e(38),__nccwpck_require__.e(562),__nccwpck_require__.e(220)]).then(__nccwpck_require__.bind(__nccwpck_require__,96220))).command
},{name:"proof",
load:async()=>(await Promise.all([__nccwpck_require__.e(436),__nccwpck_require__.e(697),__nccwpck_require__.e(769),__nccwpck_require__.e(648),__nccwpck_require__.e(291),__nccwpck_require__.e(392),__nccwpck_require__.e(684),__nccwpck_require__.e(38),__nccwpck_require__.e(631),__nccwpck_require__.e(851)]).then(__nccwpck_require__.bind(__nccwpck_require__,47851))).command
},{name:"plan",
load:async()=>(await Promise.all([__nccwpck_require__.e(436),__nccwpck_require__.e(697),__nccwpck_require__.e(769),__nccwpck_require__.e(648),__nccwpck_require__.e(291),__nccwpck_require__.e(392),__nccwpck_require__.e(684),__nccwpck_require__.e(38),__nccwpck_require__.e(562),__nccwpck_require__.e(631),__nccwpck_require__.e(351),__nccwpck_require__.e(332)]).then(__nccwpck_require__.bind(__nccwpck_require__,44332))).plan
},{name:"shard",
load:async()=>(await Promise.all([__nccwpck_require__.e(436),__nccwpck_require__.e(697),__nccwpck_require__.e(769),__nccwpck_require__.e(648),__nccwpck_require__.e(291),__nccwpck_require__.e(392),__nccwpck_require__.e(684),__nccwpck_require__.e(38),__nccwpck_require__.e(562),__nccwpck_require__.e(631),__nccwpck_require__.e(351),__nccwpck_require__.e(332)]).then(__nccwpck_require__.bind(__nccwpck_require__,44332))).shard
},{name:"merge",
load:async()=>(await Promise.all([__nccwpck_require__.e(436),__nccwpck_require__.e(697),__nccwpck_require__.e(769),__nccwpck_require__.e(648),__nccwpck_require__.e(291),__nccwpck_require__.e(392),__nccwpck_require__.e(684),__nccwpck_require__.e(38),__nccwpck_require__.e(562),__nccwpck_require__.e(631),__nccwpck_require__.e(351),__nccwpck_require__.e(332)]).then(__nccwpck_require__.bind(__nccwpck_require__,44332))).merge
}];async function usage(){const summaries=[];for(const entry of commands){const command=await entry.load()
;summaries.push(`  ${command.name.padEnd(9)} ${command.summary}`)}
return["usage: awo <command> [options]   (awo <command> --help for details)","",...summaries,"","Global options: --help, --version, --debug (stack traces on errors).","Exit codes: 0 completed, 78 paused for human review, 1 failed or rejected, 2 invalid input or usage."].join("\n")
}async function main(argv,terminal){const io={...terminal,out:line=>terminal.out((0,actor_name.fr)(line)),
err:line=>terminal.err((0,actor_name.fr)(line))};const debug=argv.includes("--debug")
;const args=argv.filter(arg=>arg!=="--debug");if(args[0]==="help"&&args.length>1)args.splice(0,2,args[1],"--help")
;const[name,...rest]=args;if(name===undefined){io.err(await usage());return 2}
if(name==="--help"||name==="-h"||name==="help"){io.out(await usage());return 0}
if(name==="--version"||name==="-v"||rest.includes("--version")){io.out(version.w);return 0}
const entry=commands.find(candidate=>candidate.name===name);if(!entry){
io.err(`awo: unknown command "${name}"; commands: ${commands.map(c=>c.name).join(", ")}`);return 2}try{
const command=await entry.load();return await command.run(rest,io)}catch(err){if(err instanceof errors._){
io.err(`awo ${name}: ${err.message}`);if(debug&&err.stack)io.err(err.stack);return err.exitCode}
io.err(`awo ${name}: internal error: ${(0,errors.bD)(err)}`)
;if(debug&&err instanceof Error&&err.stack)io.err(err.stack);else io.err("(run again with --debug for details)")
;return 1}}},67796:(__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{
__nccwpck_require__.d(__webpack_exports__,{Y9:()=>actorNameProblem,_M:()=>MAX_ACTOR_LENGTH,fr:()=>escapeForTerminal,
jg:()=>escapeForLine,vU:()=>checkActorText,wT:()=>MAX_COMMENT_LENGTH})
;var _errors_js__WEBPACK_IMPORTED_MODULE_0__=__nccwpck_require__(74296)
;const HIDDEN=/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udfff]/u
;const HIDDEN_IN_OUTPUT=/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udfff]/gu
;const MAX_ACTOR_LENGTH=256;const MAX_COMMENT_LENGTH=4e3
;const visible=char=>`\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4,"0")}`
;function actorNameProblem(name){
if(name.length>MAX_ACTOR_LENGTH)return`is ${name.length} characters long; an actor name may have at most ${MAX_ACTOR_LENGTH}`
;const found=HIDDEN.exec(name);if(!found)return undefined
;return`holds ${visible(found[0])} at character ${found.index}; an actor name may not hold control characters, escape sequences or bidirectional controls`
}function checkActorText(name,where){const problem=actorNameProblem(name)
;if(problem!==undefined)throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`${where} ${escapeForTerminal(JSON.stringify(name))}: ${problem}`)
}function escapeForTerminal(text){return text.replace(HIDDEN_IN_OUTPUT,visible)}function escapeForLine(text){
return escapeForTerminal(text).replace(/\n/g,"\\n").replace(/\t/g,"\\t")}},
74296:(__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{
Jh:()=>BackendError,_:()=>AwoError,bD:()=>messageOf,cs:()=>IntegrityError,dz:()=>InputError,m_:()=>NotFoundError,
sK:()=>IllegalTransition});class AwoError extends Error{code;exitCode;constructor(code,message,exitCode){super(message)
;this.code=code;this.exitCode=exitCode;this.name=new.target.name}}class InputError extends AwoError{problems;places
;constructor(message,problems=[message],places=[]){super("INPUT_INVALID",message,2);this.problems=problems
;this.places=places}}class IllegalTransition extends AwoError{constructor(message){super("ILLEGAL_TRANSITION",message,2)
}}class IntegrityError extends AwoError{where;constructor(message,where){super("INTEGRITY",message,1);this.where=where}}
class NotFoundError extends AwoError{constructor(message){super("NOT_FOUND",message,2)}}
class BackendError extends AwoError{retryable;retryAfterMs;status;constructor(message,retryable,retryAfterMs,status){
super(retryable?"BACKEND_TRANSIENT":"BACKEND_FAILED",message,1);this.retryable=retryable;this.retryAfterMs=retryAfterMs
;this.status=status}}function messageOf(err){if(err instanceof Error)return err.message;return String(err)}},
83323:(__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{
l:()=>TOOL_NAME,w:()=>TOOL_VERSION});const TOOL_NAME="awo-action";const TOOL_VERSION="1.0.0"},42613:module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert")},20181:module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer")},54601:module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto")},24434:module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("events")},79896:module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs")},73339:module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("module")},34589:module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert")},16698:module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks")},4573:module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer")},31421:module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process")},77598:module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto")},53053:module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel")},40610:module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns")},78474:module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events")},73024:module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs")},51455:module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises")},37067:module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http")},32467:module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2")},44708:module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https")},48161:module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os")},76760:module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path")},643:module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks")},57075:module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream")},46466:module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises")},46193:module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder")},58500:module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises")},73136:module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url")},57975:module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util")},38522:module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib")},16928:module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("path")},87016:module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("url")},39023:module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("util")},28167:module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("worker_threads")},43106:module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib")}};var __webpack_module_cache__={}
;function __nccwpck_require__(moduleId){var cachedModule=__webpack_module_cache__[moduleId]
;if(cachedModule!==undefined){return cachedModule.exports}var module=__webpack_module_cache__[moduleId]={id:moduleId,
loaded:false,exports:{}};var threw=true;try{
__webpack_modules__[moduleId].call(module.exports,module,module.exports,__nccwpck_require__);threw=false}finally{
if(threw)delete __webpack_module_cache__[moduleId]}module.loaded=true;return module.exports}
__nccwpck_require__.m=__webpack_modules__
;if(typeof __nccwpck_require__!=="undefined")__nccwpck_require__.ab=decodeURIComponent(new URL(".",import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/)?1:0,-1)+"/"
;(()=>{var webpackQueues=typeof Symbol==="function"?Symbol("webpack queues"):"__webpack_queues__"
;var webpackExports=typeof Symbol==="function"?Symbol("webpack exports"):"__webpack_exports__"
;var webpackError=typeof Symbol==="function"?Symbol("webpack error"):"__webpack_error__";var resolveQueue=queue=>{
if(queue&&queue.d<1){queue.d=1;queue.forEach(fn=>fn.r--);queue.forEach(fn=>fn.r--?fn.r++:fn())}}
;var wrapDeps=deps=>deps.map(dep=>{if(dep!==null&&typeof dep==="object"){if(dep[webpackQueues])return dep;if(dep.then){
var queue=[];queue.d=0;dep.then(r=>{obj[webpackExports]=r;resolveQueue(queue)},e=>{obj[webpackError]=e
;resolveQueue(queue)});var obj={};obj[webpackQueues]=fn=>fn(queue);return obj}}var ret={};ret[webpackQueues]=x=>{}
;ret[webpackExports]=dep;return ret});__nccwpck_require__.a=(module,body,hasAwait)=>{var queue
;hasAwait&&((queue=[]).d=-1);var depQueues=new Set;var exports=module.exports;var currentDeps;var outerResolve
;var reject;var promise=new Promise((resolve,rej)=>{reject=rej;outerResolve=resolve});promise[webpackExports]=exports
;promise[webpackQueues]=fn=>(queue&&fn(queue),depQueues.forEach(fn),promise["catch"](x=>{}));module.exports=promise
;body(deps=>{currentDeps=wrapDeps(deps);var fn;var getResult=()=>currentDeps.map(d=>{
if(d[webpackError])throw d[webpackError];return d[webpackExports]});var promise=new Promise(resolve=>{
fn=()=>resolve(getResult);fn.r=0;var fnQueue=q=>q!==queue&&!depQueues.has(q)&&(depQueues.add(q),q&&!q.d&&(fn.r++,
q.push(fn)));currentDeps.map(dep=>dep[webpackQueues](fnQueue))});return fn.r?promise:getResult()
},err=>(err?reject(promise[webpackError]=err):outerResolve(exports),resolveQueue(queue)));queue&&queue.d<0&&(queue.d=0)}
})();(()=>{__nccwpck_require__.n=module=>{var getter=module&&module.__esModule?()=>module["default"]:()=>module
;__nccwpck_require__.d(getter,{a:getter});return getter}})();(()=>{
var getProto=Object.getPrototypeOf?obj=>Object.getPrototypeOf(obj):obj=>obj.__proto__;var leafPrototypes
;__nccwpck_require__.t=function(value,mode){if(mode&1)value=this(value);if(mode&8)return value
;if(typeof value==="object"&&value){if(mode&4&&value.__esModule)return value
;if(mode&16&&typeof value.then==="function")return value}var ns=Object.create(null);__nccwpck_require__.r(ns);var def={}
;leafPrototypes=leafPrototypes||[null,getProto({}),getProto([]),getProto(getProto)]
;for(var current=mode&2&&value;typeof current=="object"&&!~leafPrototypes.indexOf(current);current=getProto(current)){
Object.getOwnPropertyNames(current).forEach(key=>def[key]=()=>value[key])}def["default"]=()=>value
;__nccwpck_require__.d(ns,def);return ns}})();(()=>{__nccwpck_require__.d=(exports,definition)=>{
for(var key in definition){if(__nccwpck_require__.o(definition,key)&&!__nccwpck_require__.o(exports,key)){
Object.defineProperty(exports,key,{enumerable:true,get:definition[key]})}}}})();(()=>{__nccwpck_require__.f={}
;__nccwpck_require__.e=chunkId=>Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises,key)=>{
__nccwpck_require__.f[key](chunkId,promises);return promises},[]))})();(()=>{
__nccwpck_require__.u=chunkId=>""+chunkId+".cli.js"})();(()=>{
__nccwpck_require__.o=(obj,prop)=>Object.prototype.hasOwnProperty.call(obj,prop)})();(()=>{
__nccwpck_require__.r=exports=>{if(typeof Symbol!=="undefined"&&Symbol.toStringTag){
Object.defineProperty(exports,Symbol.toStringTag,{value:"Module"})}Object.defineProperty(exports,"__esModule",{
value:true})}})();(()=>{__nccwpck_require__.nmd=module=>{module.paths=[];if(!module.children)module.children=[]
;return module}})();(()=>{var installedChunks={792:0};var installChunk=data=>{
var{ids:ids,modules:modules,runtime:runtime}=data;var moduleId,chunkId,i=0;for(moduleId in modules){
if(__nccwpck_require__.o(modules,moduleId)){__nccwpck_require__.m[moduleId]=modules[moduleId]}}
if(runtime)runtime(__nccwpck_require__);for(;i<ids.length;i++){chunkId=ids[i]
;if(__nccwpck_require__.o(installedChunks,chunkId)&&installedChunks[chunkId]){installedChunks[chunkId][0]()}
installedChunks[ids[i]]=0}};__nccwpck_require__.f.j=(chunkId,promises)=>{
var installedChunkData=__nccwpck_require__.o(installedChunks,chunkId)?installedChunks[chunkId]:undefined
;if(installedChunkData!==0){if(installedChunkData){promises.push(installedChunkData[1])}else{if(true){
var promise=import("./"+__nccwpck_require__.u(chunkId)).then(installChunk,e=>{
if(installedChunks[chunkId]!==0)installedChunks[chunkId]=undefined;throw e})
;var promise=Promise.race([promise,new Promise(resolve=>installedChunkData=installedChunks[chunkId]=[resolve])])
;promises.push(installedChunkData[1]=promise)}}}}})();var __webpack_exports__=__nccwpck_require__(70486)
;__webpack_exports__=await __webpack_exports__;
