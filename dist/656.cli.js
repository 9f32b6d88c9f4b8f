export const id=656;export const ids=[656];export const modules={
77937:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
C4:()=>USTAR_MAGIC,EX:()=>NUMERIC_FIELDS,I:()=>allZero,Wo:()=>octal,ku:()=>plainNumber,mB:()=>foreignFields,
n2:()=>headerSum});const USTAR_MAGIC=Buffer.from("ustar\x0000","latin1")
;const GNU_MAGIC=Buffer.from("ustar  \0","latin1")
;const NUMERIC_FIELDS=[[100,8],[108,8],[116,8],[136,12],[329,8],[337,8]];function headerSum(block){let sum=8*32
;for(let i=0;i<148;i++)sum+=block[i];for(let i=156;i<512;i++)sum+=block[i];return sum}function allZero(block,from,to){
for(let i=from;i<to;i++)if(block[i]!==0)return false;return true}function octal(block,from,size){let value=0;let i=from
;for(;i<from+size;i++){const c=block[i];if(c<48||c>55)break;value=value*8+(c-48)}if(i===from)return undefined
;for(;i<from+size;i++)if(block[i]!==0&&block[i]!==32)return undefined;return value}
function plainNumber(block,from,length){return octal(block,from,length)!==undefined||allZero(block,from,from+length)}
const SIZE_FIELD=[124,12];const EVERY_NUMBER=[...NUMERIC_FIELDS,SIZE_FIELD];const MTIME_AT=136
;function foreignFields(block){const magic=block.subarray(257,265)
;if(!magic.equals(USTAR_MAGIC)&&!magic.equals(GNU_MAGIC))return'a header that is neither POSIX ustar (magic and version "00") nor GNU tar\'s'
;for(const[from,length]of EVERY_NUMBER){if(plainNumber(block,from,length))continue
;if(from===MTIME_AT&&(block[from]===128||block[from]===255))continue
;return"a header with a number that is not plain octal"}return undefined}},
39944:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.r(__webpack_exports__)
;__webpack_require__.d(__webpack_exports__,{command:()=>command})
;var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__)
;var node_path__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(74296)
;var _bundle_manifest_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(9075)
;var _bundle_pack_js__WEBPACK_IMPORTED_MODULE_4__=__webpack_require__(80631)
;const usage=`Usage: awo pack <run folder> [--out <dir>]\n\nPacks a finished or paused run folder into awo-<run id>-<short sha>.tar.gz: one top folder, sorted\nentries, fixed mtime, uid/gid 0, normalised modes. The same folder always gives the same bytes.\nPrints the bundle's path, then its sha256:<hex> digest.\n\n  --out <dir>   folder to write the bundle into (default: the current folder)`
;const command={name:"pack",summary:"Pack a run folder into a deterministic .tar.gz evidence bundle",usage:usage,
async run(args,io){let runArg;let outArg;for(let i=0;i<args.length;i++){const arg=args[i]
;if(arg==="--help"||arg==="-h")return io.out(usage),0;if(arg==="--out"||arg==="-o"){outArg=args[++i]
;if(outArg===undefined)throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(`${arg} needs a folder\n\n${usage}`)
}else if(arg.startsWith("--out=")){outArg=arg.slice("--out=".length)}else if(arg.startsWith("-")){
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(`unknown option ${arg}\n\n${usage}`)
}else if(runArg===undefined){runArg=arg}else{
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(`unexpected argument ${arg}: pack takes one run folder\n\n${usage}`)
}}if(runArg===undefined)throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(`missing the run folder\n\n${usage}`)
;const runDir=node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(io.cwd,runArg)
;if(node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(runDir)&&!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir,_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_3__.ir))){
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(`${runDir} has no ${_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_3__.ir}: only finished or paused runs can be packed`)
}
const bundle=await(0,_bundle_pack_js__WEBPACK_IMPORTED_MODULE_4__.jX)(runDir,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(io.cwd,outArg??"."))
;io.out(bundle.path);io.out(bundle.sha256);let problem;try{
const manifest=(0,_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_3__.K7)(runDir,bundle.fileDigests)
;if(!manifest.ok)problem=manifest.message??"unknown mismatch"}catch(err){problem=(0,
_core_errors_js__WEBPACK_IMPORTED_MODULE_2__.bD)(err)}
if(problem)io.err(`warning: the run folder does not verify (${problem}); \`awo verify\` will reject this bundle`)
;return 0}}}};
